/// The country edit form: the display name (empty: show the CLDR name) and the suggested region
/// (empty: none). Parses and checks the posted fields; no database.
struct CountryForm {
    struct Parsed {
        var check: Validation
        var displayName: String?
        var suggestedRegionID: Int?
        /// The version the form was loaded with; nil when missing (a message says so).
        var version: Int?
    }

    static func fields(_ messages: Messages) -> [FormField] {
        [
            FormField(
                "display_name", label: messages.t("Display name"),
                hint: messages.t(
                    "In English, as the GPM’s papers write it: English pages show it instead of the CLDR name. French and Spanish pages show the CLDR name in their language. Leave empty to show the CLDR name everywhere."),
                lang: ContentLanguage.english.tag),
        ]
    }

    static func regionField(_ regions: [FormField.Option], _ messages: Messages) -> FormField {
        FormField(
            "suggested_region_id", label: messages.t("Suggested UCLG region"), control: .select(regions),
            hint: messages.t("Offered for new cities of the country; each city’s region is chosen on its own form."))
    }

    static func parse(_ input: FormInput, regions: [FormField.Option], messages: Messages) -> Parsed {
        var check = Validation(input, messages: messages)
        let displayName = check.optionalText("display_name", label: messages.t("Display name"), max: 200)
        let region = check.choice("suggested_region_id", label: messages.t("Suggested UCLG region"), options: regions.map(\.value))
        let version = Int(input["version"])
        if version == nil { check.fail("_record", messages.t("The form is missing its version: reload the page and save again.")) }
        return Parsed(check: check, displayName: displayName, suggestedRegionID: region.flatMap { Int($0) }, version: version)
    }
}
