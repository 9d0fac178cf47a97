/// The partnerships' paths besides the directory (`Paths.partnerships`): the graph, a partnership's
/// page and the data files.
extension Paths {
    static let partnershipGraph = Path("/partnerships/graph", query: [])
    static let partnership = Path1<String>("/partnerships/:slug", query: [])
    static let partnershipsCSV = Path("/partnerships.csv", query: [])
    static let partnershipsJSON = Path("/partnerships.json", query: [])
}
