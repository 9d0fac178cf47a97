import Foundation
import Testing

/// The public pages' templates carry no user-visible text outside the catalogue: once the `{{#t}}`,
/// `{{#tn}}` and `{{#tm}}` sections and the Mustache tags are taken out, no word is left between the tags
/// nor in an `aria-label`, `title`, `placeholder` or `alt` attribute. (The account, admin and workspace
/// templates get the same check as their translation lands.)
@Suite("Localization: public templates")
struct PublicTemplatesTextTests {
    static let templates = TestPlatform.repositoryRoot.appendingPathComponent("Templates")

    /// The layout, the public pages and their partials.
    static func publicTemplates() throws -> [URL] {
        let manager = FileManager.default
        var files = [templates.appendingPathComponent("layout.html")]
        for name in ["home.html", "open-data.html", "error.html"] {
            files.append(templates.appendingPathComponent("pages").appendingPathComponent(name))
        }
        for folder in ["cities", "networks", "partnerships", "practices", "sessions"] {
            let directory = templates.appendingPathComponent("pages").appendingPathComponent(folder)
            files += try manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).filter { $0.pathExtension == "html" }
        }
        let partials = templates.appendingPathComponent("partials")
        let prefixes = ["cities-", "networks-", "open-data-", "pagination", "partnerships-", "practices-", "sessions-"]
        files += try manager.contentsOfDirectory(at: partials, includingPropertiesForKeys: nil).filter { file in
            file.pathExtension == "html" && prefixes.contains { file.lastPathComponent.hasPrefix($0) }
        }
        return files
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

    @Test func everyWordOfThePublicTemplatesIsInTheCatalogue() throws {
        let files = try Self.publicTemplates()
        #expect(files.count > 25)
        for file in files {
            let leftovers = Self.leftoverText(try String(contentsOf: file, encoding: .utf8))
            #expect(leftovers.isEmpty, "\(file.lastPathComponent): text outside {{#t}}: \(leftovers)")
        }
    }

    @Test func theCheckFindsTextLeftOutside() {
        #expect(Self.leftoverText("<p>{{#t}}Cities{{/t}} {{count}}</p>").isEmpty)
        #expect(Self.leftoverText("<p>Cities {{count}}</p>") == ["Cities"])
        #expect(Self.leftoverText("<nav aria-label=\"Pages\"></nav>") == ["aria-label=\"Pages\""])
        #expect(Self.leftoverText("<nav aria-label=\"{{#t}}Pages{{/t}}\"></nav>").isEmpty)
    }
}
