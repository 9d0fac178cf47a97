import Foundation
import Testing

/// Strict rendering on a real page: a misspelt name in a template is a failure the tests see, not an
/// empty spot on the page.
@Suite struct StrictTemplatesTests {
    /// A root whose templates are copies (one of them misspelt) and whose other folders are the repository's.
    private static func rootWithMisspeltCityPage() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let repository = TestPlatform.repositoryRoot
        for folder in ["Public", "Migrations", "Seeds", "Locales"] {
            try FileManager.default.createSymbolicLink(
                at: root.appendingPathComponent(folder), withDestinationURL: repository.appendingPathComponent(folder))
        }
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        let page = root.appendingPathComponent("Templates/pages/cities/show.html")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.contains("{{name}}"))
        try text.replacingOccurrences(of: "{{name}}", with: "{{nmae}}").write(to: page, atomically: true, encoding: .utf8)
        return root
    }

    @Test func aMisspeltNameOnARealPageFailsInStrictMode() throws {
        let root = try Self.rootWithMisspeltCityPage()
        defer { try? FileManager.default.removeItem(at: root) }
        let strict = try TestPlatform { configuration in
            configuration.rootDirectory = root.path
            configuration.strictTemplates = true
        }
        defer { strict.stop() }
        #expect(try strict.get("/cities/mannheim").status == 500)
        #expect(try strict.get("/cities").status == 200, "only the misspelt page fails")

        let lenient = try TestPlatform { configuration in
            configuration.rootDirectory = root.path
            configuration.strictTemplates = false
        }
        defer { lenient.stop() }
        #expect(try lenient.get("/cities/mannheim").status == 200, "lenient rendering hides the typo")
    }
}
