import Testing
@testable import Mustache

/// Strict rendering refuses names no context has; typed view models reach templates through `MustacheEncoder`.
@Suite struct StrictRenderingTests {
    private func library(_ source: String, strict: Bool = true) throws -> TemplateLibrary {
        var library = try TemplateLibrary(templates: ["page": source])
        library.isStrict = strict
        return library
    }

    @Test func aMisspeltNameFailsWithItsName() throws {
        let templates = try library("<h1>{{titel}}</h1>")
        do {
            _ = try templates.render("page", ["title": "Cities"])
            Issue.record("a misspelt name rendered")
        } catch {
            #expect(error.kind == .missingName)
            #expect(error.description.contains("titel"))
        }
    }

    @Test func nilIsNotMissing() throws {
        let templates = try library("{{#mayor}}Mayor {{.}}{{/mayor}}{{^mayor}}no mayor{{/mayor}} {{user.name}}")
        #expect(try templates.render("page", ["mayor": .null, "user": .null]) == "no mayor ")
    }

    @Test func namesAreFoundDownTheStack() throws {
        let templates = try library("{{#cities}}{{name}} in {{country}};{{/cities}}")
        let context: MustacheValue = ["country": "NL", "cities": [["name": "Delft"], ["name": "Leiden"]]]
        #expect(try templates.render("page", context) == "Delft in NL;Leiden in NL;")
    }

    @Test func aMissingMemberOfAPresentMapFails() throws {
        let templates = try library("{{site.nmae}}")
        #expect(throws: MustacheError.self) { try templates.render("page", ["site": ["name": "GPM"]]) }
    }

    @Test func aMissingNameInsideABlockNamesTheTemplateThatWroteIt() throws {
        var templates = try TemplateLibrary(templates: [
            "layout": "<title>{{$title}}GPM{{/title}}</title>",
            "page": "{{<layout}}{{$title}}{{titel}}{{/title}}{{/layout}}",
        ])
        templates.isStrict = true
        do {
            _ = try templates.render("page", ["title": "Cities"])
            Issue.record("a misspelt name rendered")
        } catch {
            #expect(error.template == "page")
        }
    }

    @Test func lenientModeRendersNothing() throws {
        let templates = try library("[{{titel}}]", strict: false)
        #expect(try templates.render("page", ["title": "x"]) == "[]")
    }

    private struct Row: Encodable {
        let name: String
        let mayor: String?
        let population: Int
        let isDemo: Bool
        let tags: [String]
    }

    private struct Page: Encodable {
        let title: String
        let rows: [Row]
        let extra: MustacheValue
    }

    @Test func theEncoderKeepsNilOptionalsAsPresentNames() throws {
        let page = Page(
            title: "Cities",
            rows: [Row(name: "Delft", mayor: nil, population: 104_000, isDemo: true, tags: ["a", "b"])],
            extra: ["raw": "<svg/>"])
        let value = try MustacheEncoder.encode(page)
        #expect(value == [
            "title": "Cities",
            "rows": [["name": "Delft", "mayor": .null, "population": 104_000, "isDemo": true, "tags": ["a", "b"]]],
            "extra": ["raw": "<svg/>"],
        ])
        let templates = try library("{{title}}:{{#rows}}{{name}}{{#mayor}}!{{/mayor}}{{#tags}}-{{.}}{{/tags}}{{/rows}}{{{extra.raw}}}")
        #expect(try templates.render("page", value) == "Cities:Delft-a-b<svg/>")
    }
}
