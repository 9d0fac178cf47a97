/// A published Mayor Brief with its city, as the open data and the feed publish it.
struct PublishedBrief: Sendable {
    let id: Int
    let citySlug: String
    let cityName: String
    let countryCode: String
    let year: Int
    let title: String
    let summary: String
    let context: String
    let programme: String
    let results: String
    let whatDidNotWork: String
    let partners: String
    let nextSteps: String
    let publishedAt: String
    let isDemo: Bool
    let themeSlugs: [String]
    let sdgNumbers: [Int]
    let actionSlugs: [String]
    /// The language the brief is written in.
    var language: ContentLanguage = .english

    var path: String { Paths.publishedBrief.href(citySlug, year) }

    /// The six sections in the order a brief is written, with their headings.
    var sections: [(heading: String, text: String)] {
        [
            ("Context", context), ("Programme", programme), ("Results", results),
            ("What did not work", whatDidNotWork), ("Partners", partners), ("Next steps", nextSteps),
        ]
    }
}
