/// The registry's country pages: the list of every country with its names and suggested region, and
/// the edit of a country's display name and suggested region.
extension Paths {
    static let countries = Path("/workspace/countries", query: ["q"])
    static let countryEdit = Path1<String>("/workspace/countries/:code/edit", query: ["saved"])
}
