import Foundation
import Mustache
import Testing

/// Real template files in a temporary folder of their own per test, so tests run in parallel.
@Suite struct TemplateLibraryDirectoryTests {
    final class TemporaryFolder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("mustache-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func write(_ relativePath: String, _ text: String) throws {
            let file = url.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let layout = """
        <!doctype html>
        <html>
        <head><title>{{$title}}GPM{{/title}}</title></head>
        <body>
          <main>
            {{$content}}{{/content}}
          </main>
        </body>
        </html>

        """

    @Test func loadsNestedFoldersAndRendersTheLayoutPattern() throws {
        let folder = try TemporaryFolder()
        try folder.write("layout.html", Self.layout)
        try folder.write("partials/city-card.html", "<li>{{name}}</li>\n")
        try folder.write(
            "pages/cities.html",
            """
            {{<layout}}
            {{$title}}Cities · GPM{{/title}}
            {{$content}}
            <h1>{{heading}}</h1>
            <ul>
              {{#cities}}
              {{>partials/city-card}}
              {{/cities}}
            </ul>
            {{/content}}
            {{/layout}}

            """)
        try folder.write("notes.txt", "{{#not a template")

        let library = try TemplateLibrary(directory: folder.url.path)
        #expect(library.names == ["layout", "pages/cities", "partials/city-card"])

        let html = try library.render("pages/cities", ["heading": "Member <cities>", "cities": [["name": "Oslo"], ["name": "Lyon"]]])
        #expect(
            html == """
                <!doctype html>
                <html>
                <head><title>Cities · GPM</title></head>
                <body>
                  <main>
                    <h1>Member &lt;cities&gt;</h1>
                    <ul>
                      <li>Oslo</li>
                      <li>Lyon</li>
                    </ul>
                  </main>
                </body>
                </html>

                """)
    }

    @Test func layoutDefaultsApplyWhenAPageOverridesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("layout.html", Self.layout)
        try folder.write("pages/empty.html", "{{<layout}}{{/layout}}")
        let html = try TemplateLibrary(directory: folder.url.path).render("pages/empty", nil)
        #expect(html.contains("<title>GPM</title>"))
        #expect(html.contains("<main>\n  </main>"), "an empty block on a line of its own leaves no blank line")
    }

    @Test func syntaxErrorNamesTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("layout.html", Self.layout)
        try folder.write("pages/broken.html", "{{<layout}}\n{{$content}}\n<p>{{#x}}</p>\n{{/content}}\n{{/layout}}\n")
        do {
            _ = try TemplateLibrary(directory: folder.url.path)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.template == "pages/broken.html")
            #expect(error.line == 4)
            #expect(error.description.hasPrefix("pages/broken.html:4:1: '{{/content}}' does not close 'x' opened at line 3"))
        }
    }

    @Test func referenceToAMissingPartialStopsTheLoad() throws {
        let folder = try TemporaryFolder()
        try folder.write("pages/home.html", "<h1>Home</h1>\n\n  {{> partials/nav}}\n")
        do {
            _ = try TemplateLibrary(directory: folder.url.path)
            Issue.record("expected a missing-template error")
        } catch {
            #expect(error.kind == .missingTemplate)
            #expect(error.description == "pages/home.html:3:3: no template named 'partials/nav'")
        }
    }

    @Test func partialNamesAreLibraryNamesNotPaths() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret.html", "top secret")
        try folder.write("inner/page.html", "{{>../secret}}")
        do {
            _ = try TemplateLibrary(directory: folder.url.appendingPathComponent("inner").path)
            Issue.record("a partial must not reach a file outside the library")
        } catch {
            #expect(error.kind == .missingTemplate)
            #expect(error.description.contains("no template named '../secret'"))
        }
    }

    @Test func missingFolderIsUnreadable() throws {
        do {
            _ = try TemplateLibrary(directory: "/nonexistent/templates-\(UUID().uuidString)")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unreadable)
        }
    }
}
