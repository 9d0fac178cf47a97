import Testing
@testable import GPM

@Suite("Registry form framework")
struct RegistryFormTests {
    @Test func parsersReturnValuesAndCollectMessages() {
        var input = FormInput()
        input["name"] = "  Lyon  "
        input["population"] = "12a"
        input["lat"] = "45.76"
        input["date"] = "2024-02-29"
        input["partial"] = "2024-13"
        input["url"] = "https://example.org"
        var check = Validation(input)
        #expect(check.requiredText("name", label: "Name", max: 10) == "Lyon")
        #expect(check.optionalInt("population", label: "Population", in: 0...10) == nil)
        #expect(check.optionalDecimal("lat", label: "Latitude", in: -90...90) == 45.76)
        #expect(check.date("date", label: "Date") == "2024-02-29")
        #expect(check.date("partial", label: "Partial", partial: true) == nil)
        #expect(check.url("url", label: "Site") == "https://example.org")
        #expect(check.requiredText("missing", label: "Missing") == nil)
        #expect(check.errors["population"] == "Population must be a whole number.")
        #expect(check.errors["missing"] == "Missing is required.")
        #expect(check.order == ["population", "partial", "missing"])
    }

    @Test func slugsAreDerivedAndChecked() {
        #expect(Slug.make("Düsseldorf – Région Île-de-France") == "dusseldorf-region-ile-de-france")
        #expect(Slug.make("Straße’s Café") == "strasses-cafe")
        #expect(Slug.isValid("the-hague"))
        #expect(!Slug.isValid("the--hague"))
        #expect(!Slug.isValid("The-Hague"))
        #expect(!Slug.isValid("-x"))
    }

    @Test func fieldsRenderTheirStateForTheTemplates() {
        var input = FormInput()
        input["kind"] = "b"
        let field = FormField("kind", label: "Kind", control: .select([.init("a", "A"), .init("b", "B")]), hint: "Pick one.")
        let view = field.view(input, errors: ["kind": "Wrong."])
        #expect(view.describedBy == "field-kind-hint field-kind-error")
        #expect(view.error == "Wrong.")
        #expect(view.options.count == 2)
        #expect(view.options[1].selected)
    }
}
