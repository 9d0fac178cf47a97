/// The search of GeoNames' world cities on the new-city form (`worldCities` of the registry's form
/// page): the search box, the matches (each a link that fills the form) and the city chosen. Works
/// without JavaScript: a GET form, then links.
struct WorldCitySearchView: Encodable {
    struct Match: Encodable {
        let name: String
        /// The ASCII name when it differs from the name ("Medellin"), else nil.
        let asciiName: String?
        let country: String
        let population: String
        /// The new-city form filled from this city.
        let href: String
    }

    /// The new-city form's address, where the search is sent (GET).
    let action: String
    let q: String
    let searched: Bool
    let matches: [Match]
    let hasMatches: Bool
    /// "Maputo, Mozambique", the city whose values fill the form, nil when none was chosen.
    let chosen: String?

    init(_ search: WorldCitySearch, newHref path: Path) {
        action = path.href
        q = search.query ?? ""
        searched = search.query != nil
        matches = search.matches.map { city in
            var query = [("geoname", String(city.geonameID))]
            if let q = search.query { query.append(("q", q)) }
            return Match(
                name: city.name, asciiName: city.asciiName == city.name ? nil : city.asciiName, country: city.country.shown(),
                population: Formatting.number(city.population), href: path.href(QueryString(query)))
        }
        hasMatches = !matches.isEmpty
        chosen = search.chosen.map { "\($0.name), \($0.country.shown())" }
    }
}
