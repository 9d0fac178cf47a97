import Foundation

/// `pages/workspace/countries/index`, `/workspace/countries`: every country (or those matching `q`)
/// with its code, the name shown, the CLDR name, the staff's override and the suggested UCLG region.
struct CountryListPage: Encodable {
    struct Row: Encodable {
        let code: String
        let shown: String
        /// "en" when `shown` is an English fallback on a French or Spanish page (CLDR has no name).
        let shownLang: String?
        /// Foundation's CLDR name in the interface's language, "—" when CLDR has none.
        let cldr: String
        /// The override, nil when none is set (English: "en" in `displayNameLang` on other pages).
        let displayName: String?
        /// "en" on a French or Spanish page: the override is English text, shown there as the staff wrote it.
        let displayNameLang: String?
        let region: String
        let cities: String
        let editHref: String
    }

    let workspaceNav = WorkspaceNavView(.registry)
    let tabs: [RegistryTabView]
    let formAction = Paths.countries.href
    let q: String
    let isSearch: Bool
    let rows: [Row]
    let hasRows: Bool
    /// "250 countries.", "3 of 250 countries matching “kor”.", in the reader's language.
    let summary: String

    init(_ countries: [CountryRecord], q: String?, messages: Messages) {
        tabs = RegistryTabView.tabs(current: "countries", messages)
        let language = CountryName.interfaceLanguage
        let query = q?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let matching = query.isEmpty ? countries : countries.filter { country in
            country.name.code.caseInsensitiveCompare(query) == .orderedSame
                || [country.name.shown(in: language), country.name.name, country.name.displayName ?? ""]
                    .contains { NameFolding.matches($0, query: query) }
        }
        self.q = query
        isSearch = !query.isEmpty
        rows = matching.map { country in
            Row(
                code: country.name.code, shown: country.name.shown(in: language), shownLang: country.name.shownLang(in: language),
                cldr: CountryName.cldrName(country.name.code, in: language) ?? "—", displayName: country.name.displayName,
                displayNameLang: messages.language == .en ? nil : ContentLanguage.english.tag,
                region: country.suggestedRegion.map { UCLGRegions.name($0, messages) } ?? "—", cities: Formatting.number(country.cityCount),
                editHref: Paths.countryEdit.href(country.name.code))
        }
        hasRows = !rows.isEmpty
        summary = isSearch
            ? messages.tn(
                "{shown} of {count} country matching “{q}”.", "{shown} of {count} countries matching “{q}”.", count: countries.count,
                ["shown": messages.number(rows.count), "q": query])
            : messages.tn("{count} country.", "{count} countries.", count: countries.count)
    }
}
