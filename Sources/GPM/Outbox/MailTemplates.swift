import Foundation
import Mustache

/// The mail templates, `Templates/mail/`: per kind a text part `<kind>.txt` and an HTML part
/// `<kind>.htm` (not `.html`, so the page library does not load them as pages), and the shared
/// `_footer.txt` / `_footer.htm` partials. Parsed once at start and rendered strictly like pages when
/// the configuration asks for strict templates.
struct MailTemplates: Sendable {
    let library: TemplateLibrary

    init(directory: String, strict: Bool) throws {
        var sources: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".htm") {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw MustacheError(.unreadable, "cannot read mail template", template: name)
            }
            sources[name] = text
        }
        var library = try TemplateLibrary(templates: sources)
        library.isStrict = strict
        for kind in MailKind.allCases {
            for part in ["\(kind.template).txt", "\(kind.template).htm"] where !library.contains(part) {
                throw MustacheError(.unreadable, "the mail template \(part) is missing in \(directory)")
            }
        }
        self.library = library
    }
}
