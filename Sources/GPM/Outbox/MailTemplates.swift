import Foundation
import Mustache

/// The mail templates, `Templates/mail/`: per kind a text part `<kind>.txt` and an HTML part
/// `<kind>.htm` (not `.html`, so the page library does not load them as pages), and the shared
/// `_footer.txt` / `_footer.htm` partials. Parsed once at start and rendered strictly like pages when
/// the configuration asks for strict templates.
///
/// Their text goes through the catalogue like the pages' (`{{#t}}`, `{{#tn}}`, `{{#tm}}`), in two
/// libraries: the HTML parts with the pages' helpers (text and values escaped), the text parts with the
/// plain-text helpers (nothing escaped: the part is not HTML). A part's partials are of its own kind.
struct MailTemplates: Sendable {
    /// The `.htm` parts.
    let html: TemplateLibrary
    /// The `.txt` parts.
    let text: TemplateLibrary

    init(directory: String, strict: Bool, localization: Localization) throws {
        var htmlSources: [String: String] = [:]
        var textSources: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".htm") {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
                throw MustacheError(.unreadable, "cannot read mail template", template: name)
            }
            if name.hasSuffix(".htm") { htmlSources[name] = source } else { textSources[name] = source }
        }
        var html = try TemplateLibrary(templates: htmlSources)
        html.isStrict = strict
        html.helpers = localization.templateHelpers
        var text = try TemplateLibrary(templates: textSources)
        text.isStrict = strict
        text.helpers = localization.plainTextHelpers
        for kind in MailKind.allCases {
            if !html.contains("\(kind.template).htm") || !text.contains("\(kind.template).txt") {
                throw MustacheError(.unreadable, "the mail templates \(kind.template).txt and .htm are not both in \(directory)")
            }
        }
        self.html = html
        self.text = text
    }
}
