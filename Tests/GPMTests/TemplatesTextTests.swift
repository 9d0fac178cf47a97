import Foundation
import Testing

/// No template carries user-visible text outside the catalogue: once the `{{#t}}`, `{{#tn}}` and `{{#tm}}`
/// sections, the Mustache tags and code (`<code>Message-ID</code>`: a name that stays as it is) are taken
/// out, no word is left between the tags nor in an `aria-label`, `title`, `placeholder` or `alt` attribute.
/// Every template: the layout, public, account, admin and workspace pages, partials and both parts of each mail.
@Suite("Localization: every template")
struct TemplatesTextTests {
    static let templates = TestPlatform.repositoryRoot.appendingPathComponent("Templates")

    /// Every template file under `Templates/` (pages and partials `.html`, mail `.htm` and `.txt`).
    static func allTemplates() throws -> [URL] {
        let extensions: Set<String> = ["html", "htm", "txt"]
        guard let files = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil) else { return [] }
        return files.compactMap { $0 as? URL }.filter { extensions.contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }

    /// What a reader could see of a template once its messages and tags are taken out.
    static func leftoverText(_ template: String) -> [String] {
        func removing(_ pattern: String, from text: String) -> String {
            text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var text = template
        for kind in ["tn", "tm", "t"] {
            text = removing("\\{\\{#\(kind)\\}\\}[\\s\\S]*?\\{\\{/\(kind)\\}\\}", from: text)
        }
        text = removing("\\{\\{\\{?[^}]*\\}?\\}\\}", from: text)
        text = removing("<code>[^<]*</code>", from: text)
        var leftovers: [String] = []
        let attribute = try? NSRegularExpression(pattern: "(aria-label|title|placeholder|alt)=\"([^\"]*[A-Za-z][^\"]*)\"")
        let range = NSRange(text.startIndex..., in: text)
        for match in attribute?.matches(in: text, range: range) ?? [] {
            if let value = Range(match.range(at: 0), in: text) { leftovers.append(String(text[value])) }
        }
        text = removing("<[^>]*>", from: text)
        // The brand mark "GPM" (aria-hidden, an acronym) is the one word allowed.
        let words = text.components(separatedBy: .whitespacesAndNewlines).filter { word in
            word.rangeOfCharacter(from: .letters) != nil && word != "GPM"
        }
        return leftovers + words
    }

    @Test func everyWordOfEveryTemplateIsInTheCatalogue() throws {
        let files = try Self.allTemplates()
        #expect(files.count > 100)
        for file in files {
            let leftovers = Self.leftoverText(try String(contentsOf: file, encoding: .utf8))
            #expect(leftovers.isEmpty, "\(file.lastPathComponent): text outside {{#t}}: \(leftovers)")
        }
    }

    /// Issue 15: what people type may be in any script, so every text field says how its direction is found:
    /// `dir="auto"` where free text goes (an Arabic name lays out right to left as it is typed), `dir="ltr"` for
    /// addresses, links, dates and codes, which stay left to right inside a right-to-left page.
    @Test func everyTextFieldDeclaresItsDirection() throws {
        let field = try NSRegularExpression(pattern: "<(input|textarea)\\b[^>]*>")
        let notText = try NSRegularExpression(pattern: "type=\"(hidden|checkbox|radio|submit|file|password|number|date|button|reset)\"")
        for file in try Self.allTemplates() {
            let template = try String(contentsOf: file, encoding: .utf8)
            for match in field.matches(in: template, range: NSRange(template.startIndex..., in: template)) {
                guard let range = Range(match.range, in: template) else { continue }
                let tag = String(template[range])
                if notText.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)) != nil { continue }
                #expect(tag.contains(" dir=\""), "\(file.lastPathComponent): a text field without dir: \(tag.prefix(80))")
            }
        }
    }

    @Test func theCheckFindsTextLeftOutside() {
        #expect(Self.leftoverText("<p>{{#t}}Cities{{/t}} {{count}}</p>").isEmpty)
        #expect(Self.leftoverText("<p>Cities {{count}}</p>") == ["Cities"])
        #expect(Self.leftoverText("<nav aria-label=\"Pages\"></nav>") == ["aria-label=\"Pages\""])
        #expect(Self.leftoverText("<nav aria-label=\"{{#t}}Pages{{/t}}\"></nav>").isEmpty)
        #expect(Self.leftoverText("<dt><code>Message-ID</code></dt>").isEmpty)
    }
}
