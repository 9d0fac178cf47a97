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

    /// The six sections in the order a brief is written, with their headings in the language of `messages`.
    func sections(_ messages: Messages) -> [(heading: String, text: String)] {
        [
            (messages.t("Context"), context), (messages.t("Programme", context: "brief section"), programme),
            (messages.t("Results", context: "brief section"), results), (messages.t("What did not work"), whatDidNotWork),
            (messages.t("Partners"), partners), (messages.t("Next steps"), nextSteps),
        ]
    }
}
