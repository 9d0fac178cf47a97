import Mustache
import Testing

@Suite struct RenderingTests {
    func render(_ template: String, _ context: MustacheValue) throws -> String {
        try TemplateLibrary(templates: ["t": template]).render("t", context)
    }

    @Test func escapesTheFiveHTMLCharactersByDefault() throws {
        let output = try render("<p>{{text}}</p>", ["text": "<script>alert('x') & \"y\"</script>"])
        #expect(output == "<p>&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p>")
    }

    @Test func rawOutputOnlyThroughTripleMustacheOrAmpersand() throws {
        let context: MustacheValue = ["html": "<b>bold</b>"]
        #expect(try render("{{{html}}}|{{& html}}|{{html}}", context) == "<b>bold</b>|<b>bold</b>|&lt;b&gt;bold&lt;/b&gt;")
    }

    @Test func leavesNonASCIITextIntact() throws {
        #expect(try render("{{city}} — {{{city}}}", ["city": "São Paulo <Süd>"]) == "São Paulo &lt;Süd&gt; — São Paulo <Süd>")
    }

    @Test func formatsNumbersAndBooleans() throws {
        let context: MustacheValue = ["a": 1.5, "b": 1.0, "c": 42, "d": -3.25, "e": true, "f": .null]
        #expect(try render("{{a}} {{b}} {{c}} {{d}} {{e}} [{{f}}]", context) == "1.5 1 42 -3.25 true []")
    }

    @Test func iteratesListsWithDottedNamesAndImplicitIterator() throws {
        let context: MustacheValue = [
            "cities": [["name": "Oslo", "mayor": ["name": "Anne"]], ["name": "Lyon", "mayor": ["name": "Grégory"]]],
            "tags": ["a", "b"],
        ]
        let template = "{{#cities}}{{name}}:{{mayor.name}};{{/cities}}{{#tags}}[{{.}}]{{/tags}}"
        #expect(try render(template, context) == "Oslo:Anne;Lyon:Grégory;[a][b]")
    }

    @Test func emptyListsFalseAndNullAreFalsey() throws {
        let template =
            "{{^list}}no list{{/list}} {{^flag}}no flag{{/flag}} {{^missing}}no value{{/missing}} "
            + "{{#empty}}empty string is truthy{{/empty}}"
        let output = try render(template, ["list": [], "flag": false, "empty": ""])
        #expect(output == "no list no flag no value empty string is truthy")
    }

    @Test func representableViewModelsConvertThemselves() throws {
        struct CityRow: MustacheRepresentable {
            let name: String
            let population: Int?
            var mustacheValue: MustacheValue { ["name": MustacheValue(name), "population": MustacheValue(population)] }
        }
        let rows = [CityRow(name: "Oslo", population: 709_000), CityRow(name: "Nowhere", population: nil)]
        let output = try render("{{#rows}}{{name}}={{population}}{{^population}}?{{/population}};{{/rows}}", ["rows": MustacheValue(rows)])
        #expect(output == "Oslo=709000;Nowhere=?;")
    }

    @Test func escapingIsAvailableToCallersBuildingMarkupThemselves() {
        #expect(HTMLEscaping.escape("Tom & \"Jerry\" <'s>") == "Tom &amp; &quot;Jerry&quot; &lt;&#39;s&gt;")
    }

    @Test func rendersBytesIdenticalToString() throws {
        let library = try TemplateLibrary(templates: ["t": "Grüße {{name}}"])
        let bytes = try library.renderBytes("t", ["name": "<Zoë>"])
        #expect(String(decoding: bytes, as: UTF8.self) == "Grüße &lt;Zoë&gt;")
    }

    @Test func unknownTemplateNameIsAnError() throws {
        let library = try TemplateLibrary(templates: ["t": "x"])
        #expect(throws: MustacheError.self) { try library.render("nope", nil) }
    }

    @Test func endlessRecursionStopsWithAClearError() throws {
        let library = try TemplateLibrary(templates: ["loop": "x{{>loop}}"])
        do {
            _ = try library.render("loop", nil)
            Issue.record("expected a recursion error")
        } catch {
            #expect(error.kind == .recursionLimit)
            #expect(error.description.contains("'loop' nested more than 100 levels"))
        }
    }

    @Test func boundedRecursionThroughDataIsAllowed() throws {
        let library = try TemplateLibrary(templates: ["node": "{{name}}({{#kids}}{{>node}}{{/kids}})"])
        let tree: MustacheValue = ["name": "a", "kids": [["name": "b", "kids": [["name": "c", "kids": []]]]]]
        #expect(try library.render("node", tree) == "a(b(c()))")
    }
}

@Suite struct DynamicNameTests {
    @Test func dynamicPartialNamesComeFromTheContextAndAreNotCheckedAtLoad() throws {
        let library = try TemplateLibrary(templates: ["page": "[{{>*card}}]", "cards/city": "city {{name}}"])
        #expect(try library.render("page", ["card": "cards/city", "name": "Oslo"]) == "[city Oslo]")
        #expect(try library.render("page", ["card": "cards/none"]) == "[]")
    }
}

@Suite struct ConcurrentRenderingTests {
    @Test func oneLibraryServesManyConcurrentRenders() async throws {
        let library = try TemplateLibrary(templates: [
            "layout": "<title>{{$title}}GPM{{/title}}</title>{{$content}}{{/content}}",
            "page": "{{<layout}}{{$title}}Page {{n}}{{/title}}{{$content}}{{#items}}<i>{{.}}</i>{{/items}}{{/content}}{{/layout}}",
        ])
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for n in 0..<64 {
                group.addTask { (n, try library.render("page", ["n": .int(n), "items": [.int(n), .int(n + 1)]])) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for n in 0..<64 {
            #expect(outputs[n] == "<title>Page \(n)</title><i>\(n)</i><i>\(n + 1)</i>")
        }
    }
}
