/// The best practices' paths besides the list (`Paths.bestPractices`): a published brief (one per city
/// and year), a case study, the data files and the Atom feed.
extension Paths {
    static let publishedBrief = Path2<String, Int>("/briefs/:citySlug/:year", query: [])
    static let caseStudy = Path1<String>("/case-studies/:slug", query: [])
    static let briefsCSV = Path("/briefs.csv", query: [])
    static let briefsJSON = Path("/briefs.json", query: [])
    static let caseStudiesCSV = Path("/case-studies.csv", query: [])
    static let caseStudiesJSON = Path("/case-studies.json", query: [])
    static let briefFeed = Path("/feed.atom", query: [])
}
