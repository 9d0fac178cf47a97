import Foundation
import Testing

/// No template carries user-visible text outside the message catalogue: every text node and every
/// `aria-label`, `title`, `placeholder` and `alt` value is inside a `{{#t}}`, `{{#tm}}` or `{{#tn}}` section
/// (or a name on the allow-list). Whitespace, punctuation, digits and mustache tags are not text.
///
/// The folders checked are listed here; the public pages join by being added to `folders` and by taking
/// their prefixes out of `uncheckedPartials`, once their templates are translated.
@Suite struct LocalizationCoverageTests {
    /// Page folders under `Templates/` whose every template is checked.
    static let folders = ["pages/account", "pages/admin", "pages/workspace"]

    /// Partials not yet checked, by name prefix: the public pages' (every other partial is checked).
    static let uncheckedPartials = [
        "cities-", "networks-", "open-data-", "pagination", "partnerships-", "practices-", "sessions-",
    ]

    /// Text that stays as it is in every language: names and technical identifiers ("GPM": the letters of
    /// the wordmark, a logo drawn in SVG and hidden from assistive technology, the same in every language).
    static let allowed: Set<String> = ["Message-ID", "GPM"]

    static var templates: URL { TestPlatform.repositoryRoot.appendingPathComponent("Templates") }

    /// The checked templates, as paths relative to `Templates/`.
    static func checkedTemplates() throws -> [String] {
        var paths: [String] = []
        let manager = FileManager.default
        for folder in folders {
            let root = templates.appendingPathComponent(folder)
            guard let walker = manager.enumerator(atPath: root.path) else { continue }
            for case let file as String in walker where file.hasSuffix(".html") {
                paths.append(folder + "/" + file)
            }
        }
        for file in try manager.contentsOfDirectory(atPath: templates.appendingPathComponent("partials").path)
        where file.hasSuffix(".html") && !uncheckedPartials.contains(where: { file.hasPrefix($0) }) {
            paths.append("partials/" + file)
        }
        return paths.sorted()
    }

    /// The user-visible text of `template` that is outside the catalogue's sections.
    static func textOutsideTheCatalogue(_ template: String) -> [String] {
        var text = template
        // Translated sections, and code shown as code (CSV column names, examples), are not looked at.
        for pattern in [#"\{\{#t\}\}.*?\{\{/t\}\}"#, #"\{\{#tm\}\}.*?\{\{/tm\}\}"#, #"\{\{#tn\}\}.*?\{\{/tn\}\}"#,
                        #"<(code|pre|script|style)\b[^>]*>.*?</\1>"#] {
            text = text.replacing(try! Regex(pattern).dotMatchesNewlines(), with: " ")
        }
        text = text.replacing(try! Regex(#"\{\{[^}]*\}\}"#), with: " ")
        var found: [String] = []
        for match in text.matches(of: try! Regex(#"\b(aria-label|title|placeholder|alt)="([^"]*)""#)) {
            let value = String(text[match.range])
            if let quote = value.firstIndex(of: "\""), value[quote...].contains(where: \.isLetter) { found.append(value) }
        }
        text = text.replacing(try! Regex(#"<[^>]*>"#), with: "\n")
        for segment in text.split(separator: "\n") {
            var words = segment.trimmingCharacters(in: .whitespaces)
            for name in allowed { words = words.replacingOccurrences(of: name, with: "") }
            if words.contains(where: \.isLetter) { found.append(segment.trimmingCharacters(in: .whitespaces)) }
        }
        return found
    }

    @Test func signedInTemplatesHaveNoTextOutsideTheCatalogue() throws {
        let paths = try Self.checkedTemplates()
        #expect(paths.count > 50, "the folders were read")
        for path in paths {
            let template = try String(contentsOf: Self.templates.appendingPathComponent(path), encoding: .utf8)
            let left = Self.textOutsideTheCatalogue(template)
            #expect(left.isEmpty, "\(path): text outside {{#t}}: \(left)")
        }
    }

    @Test func theCheckSeesTextNodesAndAttributesButNotSectionsTagsOrCode() {
        let template = """
            <h1>{{#t}}Cities{{/t}}</h1><p>Plain text</p><a title="Open" href="{{href}}">{{name}}</a>
            <input placeholder="{{#t}}Search{{/t}}"> <span aria-label="{{label}}">—</span> <code>country_code</code>
            <p>{{#tm}}See <a href="{href}">this</a>{{/tm}} · {{#tn}}{count} city|{count} cities{{/tn}} 12 (3) Message-ID</p>
            """
        #expect(Self.textOutsideTheCatalogue(template) == ["title=\"Open\"", "Plain text"])
    }
}
