import Foundation
import HTTP

/// `pages/workspace/countries/edit`, `/workspace/countries/:code/edit`: a country's names (shown, CLDR,
/// registry), the form of its display names (English, French, Spanish) and suggested region, and its history.
struct CountryEditPage: Encodable {
    /// What the page shows besides the stored country.
    struct State {
        var input: FormInput?
        var check: Validation?
        /// Someone saved the country after this person loaded it.
        var conflict = false
        /// Who, when the audit log knows.
        var conflictBy: String?
        var saved = false
        var status: HTTPStatus = .ok
    }

    let workspaceNav = WorkspaceNavView(.registry)
    let tabs: [RegistryTabView]
    let listHref = Paths.countries.href
    let heading: String
    let code: String
    let shown: String
    /// "en" when `shown` is an English fallback on a French or Spanish page (CLDR has no name).
    let shownLang: String?
    let cldr: String
    /// `countries.name`, the registry's English name the open data writes.
    let registryName: String
    /// "en" on a French or Spanish page, where the registry's name (and the UN's sub-region) is English
    /// among the page's words.
    let registryNameLang: String?
    let m49Subregion: String?
    let cityCount: String
    /// The public directory filtered by the country, nil when it has no city.
    let citiesHref: String?
    let formAction: String
    let version: Int
    let fields: [FormFieldView]
    let errorSummary: FormErrorSummaryView
    let recordError: String?
    let saved: Bool
    let conflict: FormConflictView?
    let history: AuditHistoryView

    init(_ data: CountryEditData, state: State, messages: Messages = Localization.englishOnly.messages(.en)) {
        tabs = RegistryTabView.tabs(current: "countries", messages)
        let country = data.country, name = country.name
        let language = CountryName.interfaceLanguage
        let stored = FormInput([
            "display_name": name.displayName ?? "", "display_name_fr": name.displayNameFr ?? "",
            "display_name_es": name.displayNameEs ?? "", "suggested_region_id": country.suggestedRegionID.map(String.init) ?? "",
        ])
        var input = state.input ?? stored
        // After a conflict the form carries the version now stored, so saving again is a deliberate overwrite.
        input["version"] = String(country.version)
        let regions = data.regions.map { FormField.Option($0.value, UCLGRegions.name($0.label, messages)) }
        let controls = CountryForm.fields(code: name.code, messages) + [CountryForm.regionField(regions, messages)]
        heading = messages.t("Country: {name} ({code})", ["name": name.shown(in: language), "code": name.code])
        code = name.code
        shown = name.shown(in: language)
        shownLang = name.shownLang(in: language)
        cldr = CountryName.cldrName(name.code, in: language) ?? "—"
        registryName = name.name
        registryNameLang = messages.language == .en ? nil : ContentLanguage.english.tag
        m49Subregion = country.m49Subregion
        cityCount = Formatting.number(country.cityCount)
        citiesHref = country.cityCount > 0 ? Paths.cities.href(QueryString([("country", name.code)])) : nil
        formAction = Paths.countryEdit.href(name.code)
        version = country.version
        fields = controls.map { $0.view(input, errors: state.check?.errors ?? [:]) }
        errorSummary = FormErrorSummaryView(state.check, fields: controls)
        recordError = state.check?.errors["_record"]
        saved = state.saved
        conflict = !state.conflict ? nil : {
            let regionLabel = { (value: String) in regions.first { $0.value == value }?.label ?? value }
            let pairs = [
                (messages.t("Display name"), stored["display_name"], input["display_name"].trimmingCharacters(in: .whitespacesAndNewlines)),
                (messages.t("Name on French pages"), stored["display_name_fr"], input["display_name_fr"].trimmingCharacters(in: .whitespacesAndNewlines)),
                (messages.t("Name on Spanish pages"), stored["display_name_es"], input["display_name_es"].trimmingCharacters(in: .whitespacesAndNewlines)),
                (messages.t("Suggested UCLG region"), regionLabel(stored["suggested_region_id"]), regionLabel(input["suggested_region_id"])),
            ]
            let differing = pairs.filter { $0.1 != $0.2 }.map {
                FormConflictView.Field(label: $0.0, stored: $0.1.isEmpty ? "—" : $0.1, yours: $0.2.isEmpty ? "—" : $0.2)
            }
            let at = Formatting.storedTimestamp(country.updatedAt ?? "")
            return FormConflictView(at: at, by: state.conflictBy, fields: differing)
        }()
        history = AuditHistoryView(data.history, messages: messages)
    }
}
