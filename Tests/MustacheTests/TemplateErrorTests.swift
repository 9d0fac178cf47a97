import Mustache
import Testing

@Suite struct TemplateErrorTests {
    func parseError(_ template: String) -> MustacheError? {
        do {
            _ = try TemplateLibrary(templates: ["pages/home": template])
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedSectionNamesTemplateLineAndColumn() throws {
        let error = try #require(parseError("<ul>\n  {{#cities}}\n    <li>{{name}}</li>\n</ul>\n"))
        #expect(error.kind == .syntax)
        #expect(error.template == "pages/home")
        #expect(error.line == 2)
        #expect(error.column == 3)
        #expect(error.description == "pages/home:2:3: 'cities' is never closed (expected '{{/cities}}')")
    }

    @Test func mismatchedCloseTagPointsAtTheCloseTag() throws {
        let error = try #require(parseError("{{#a}}\n{{#b}}\n{{/a}}\n{{/b}}"))
        #expect(error.line == 3)
        #expect(error.description.contains("'{{/a}}' does not close 'b' opened at line 2"))
    }

    @Test func unclosedTagAndStrayCloseTag() throws {
        let unclosed = try #require(parseError("line one\nHello {{name"))
        #expect(unclosed.line == 2 && unclosed.column == 7)
        let stray = try #require(parseError("ok\n{{/section}}"))
        #expect(stray.line == 2 && stray.description.contains("closes nothing"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(parseError("Grüße {{#x}}"))
        #expect(error.column == 7)
    }

    @Test func badDelimiterAndEmptyTag() throws {
        #expect(parseError("{{=<% %>}}")?.kind == .syntax)
        #expect(parseError("a {{ }} b")?.description.contains("empty tag") == true)
    }

    @Test func linesAfterAMultilineCommentStayAccurate() throws {
        let error = try #require(parseError("{{! a\ncomment\n}}\n\n{{#open}}"))
        #expect(error.line == 5)
    }

    @Test func missingPartialIsRefusedWhenTheLibraryIsBuilt() throws {
        do {
            _ = try TemplateLibrary(templates: ["page": "one\n{{> partials/missing}}"])
            Issue.record("expected a missing-template error")
        } catch {
            #expect(error.kind == .missingTemplate)
            #expect(error.description == "page:2:1: no template named 'partials/missing'")
        }
    }

    @Test func missingPartialRendersNothingWhenAllowed() throws {
        let library = try TemplateLibrary(templates: ["page": "a{{>gone}}b"], allowMissingPartials: true)
        #expect(try library.render("page", nil) == "ab")
    }

    @Test func onlyBlocksMayAppearInsideAParentTag() throws {
        let error = try #require(parseError("{{<layout}}{{name}}{{/layout}}"))
        #expect(error.description.contains("only {{$block}} tags"))
    }
}
