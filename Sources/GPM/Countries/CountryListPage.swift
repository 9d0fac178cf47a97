import Foundation

/// `pages/workspace/countries/index`, `/workspace/countries`: every country (or those matching `q`)
/// with its code, the name shown, the CLDR name, the staff's override and the suggested UCLG region.
struct CountryListPage: Encodable {
    struct Row: Encodable {
        let code: String
        let shown: String
        /// Foundation's CLDR name in the interface's language, "—" when CLDR has none.
        let cldr: String
        /// The override, nil when the CLDR name is shown.
        let displayName: String?
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
    /// "250 countries", "3 of 250 countries".
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
                code: country.name.code, shown: country.name.shown(in: language),
                cldr: CountryName.cldrName(country.name.code, in: language) ?? "—", displayName: country.name.displayName,
                region: country.suggestedRegion ?? "—", cities: Formatting.number(country.cityCount),
                editHref: Paths.countryEdit.href(country.name.code))
        }
        hasRows = !rows.isEmpty
        let total = "\(Formatting.number(countries.count)) countr\(countries.count == 1 ? "y" : "ies")"
        summary = isSearch ? "\(Formatting.number(rows.count)) of \(total)" : total
    }
}
