/// The networks' paths besides the directory (`Paths.networks`): a network's page and the data files.
extension Paths {
    static let network = Path1<String>("/networks/:slug", query: [])
    static let networksCSV = Path("/networks.csv", query: [])
    static let networksJSON = Path("/networks.json", query: [])
}
