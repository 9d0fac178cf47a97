/// The cities' paths besides the directory (`Paths.cities`, a site path): a city's page and the
/// directory's data files, which read the directory's filters (not its page number).
extension Paths {
    static let city = Path1<String>("/cities/:slug", query: [])
    static let citiesCSV = Path("/cities.csv", query: ["q", "region", "country", "network", "theme", "action", "membership", "sort"])
    static let citiesJSON = Path("/cities.json", query: ["q", "region", "country", "network", "theme", "action", "membership", "sort"])
}
