import Testing

@testable import Mustache

/// Helper sections (`{{#t}}…{{/t}}`): the application renders their raw text, resolving names through the
/// render's context stack.
@Suite("Mustache: helper sections")
struct MustacheHelperTests {
    static let upper = MustacheHelper { text, lookUp throws(MustacheError) in
        let name = try lookUp("user.name").interpolatedText
        return text.uppercased().replacingOccurrences(of: "{NAME}", with: name)
    }

    @Test func theHelperGetsTheTextAndResolvesNamesOnTheStack() throws {
        var library = try TemplateLibrary(templates: ["page": "<p>{{#list}}{{#up}}hello {name}{{/up}} {{/list}}</p>"])
        library.helpers = ["up": Self.upper]
        let html = try library.render("page", ["user": ["name": "Ada"], "list": [1, 2], "up": "shadowed"])
        #expect(html == "<p>HELLO Ada HELLO Ada </p>")
    }

    @Test func aHelperSectionHoldsTextOnly() throws {
        var library = try TemplateLibrary(templates: ["page": "{{#up}}hello {{name}}{{/up}}"])
        library.helpers = ["up": Self.upper]
        #expect(throws: MustacheError.self) { try library.render("page", ["name": "x", "user": ["name": "A"]]) }
    }

    @Test func strictLookUpsFailInsideHelpers() throws {
        var library = try TemplateLibrary(templates: ["page": "{{#up}}hi{{/up}}"])
        library.helpers = ["up": Self.upper]
        library.isStrict = true
        #expect(throws: MustacheError.self) { try library.render("page", [:]) }
        library.isStrict = false
        #expect(try library.render("page", [:]) == "HI")
        // Inverted sections of the same name are ordinary sections.
        let inverted = try TemplateLibrary(templates: ["page": "{{^up}}none{{/up}}"])
        #expect(try inverted.render("page", [:]) == "none")
    }
}
