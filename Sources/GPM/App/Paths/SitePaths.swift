/// The paths every page links to from its header and footer. Each feature declares its own paths in its
/// folder (`CityPaths.swift`, …); these are the ones the layout needs.
extension Paths {
    static let home = Path("/", query: [])
    static let signIn = Path("/sign-in", query: ["next", "kept"])
    static let signOut = Path("/sign-out")
    static let workspace = Path("/workspace")
    static let stylesheet = Path("/css/site.css")
    static let favicon = Path("/img/favicon.svg")
}

/// The public directories the navigation leads to, with the query parameters each page reads (its
/// filters, sorting and page number): the page cache keys on exactly these.
extension Paths {
    static let cities = Path("/cities", query: ["q", "region", "country", "network", "theme", "action", "membership", "sort", "page"])
    static let networks = Path("/networks", query: ["kind", "theme", "q", "sort", "page"])
    static let sessions = Path("/sessions", query: ["theme"])
    static let partnerships = Path("/partnerships", query: ["type", "theme", "city", "page"])
    static let bestPractices = Path("/best-practices", query: ["q", "kind", "theme", "region", "year", "sdg", "page"])
    static let openData = Path("/open-data", query: [])
}
