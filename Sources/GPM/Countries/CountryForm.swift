/// The country edit form: the display names in English, French and Spanish (each empty: show the CLDR
/// name in that language) and the suggested region (empty: none). Parses and checks the posted fields;
/// no database.
struct CountryForm {
    struct Parsed {
        var check: Validation
        var displayName: String?
        /// The name on French pages; nil: CLDR's French name.
        var displayNameFr: String?
        /// The name on Spanish pages; nil: CLDR's Spanish name.
        var displayNameEs: String?
        var suggestedRegionID: Int?
        /// The version the form was loaded with; nil when missing (a message says so).
        var version: Int?
    }

    /// The name fields of the country `code` (the French and Spanish ones show CLDR's name as their placeholder).
    static func fields(code: String, _ messages: Messages) -> [FormField] {
        var french = FormField(
            "display_name_fr", label: messages.t("Name on French pages"),
            hint: messages.t("In French. Leave empty to show the standard (CLDR) French name, shown in the empty field."),
            lang: "fr")
        french.placeholder = CountryName.cldrName(code, in: "fr")
        var spanish = FormField(
            "display_name_es", label: messages.t("Name on Spanish pages"),
            hint: messages.t("In Spanish. Leave empty to show the standard (CLDR) Spanish name, shown in the empty field."),
            lang: "es")
        spanish.placeholder = CountryName.cldrName(code, in: "es")
        return [
            FormField(
                "display_name", label: messages.t("Display name"),
                hint: messages.t(
                    "In English, as the GPM’s papers write it: English pages show it instead of the CLDR name; French and Spanish pages show the names below. Leave empty to show the CLDR English name."),
                lang: ContentLanguage.english.tag),
            french, spanish,
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
        let displayNameFr = check.optionalText("display_name_fr", label: messages.t("Name on French pages"), max: 200)
        let displayNameEs = check.optionalText("display_name_es", label: messages.t("Name on Spanish pages"), max: 200)
        let region = check.choice("suggested_region_id", label: messages.t("Suggested UCLG region"), options: regions.map(\.value))
        let version = Int(input["version"])
        if version == nil { check.fail("_record", messages.t("The form is missing its version: reload the page and save again.")) }
        return Parsed(
            check: check, displayName: displayName, displayNameFr: displayNameFr, displayNameEs: displayNameEs, suggestedRegionID: region.flatMap { Int($0) }, version: version)
    }
}
