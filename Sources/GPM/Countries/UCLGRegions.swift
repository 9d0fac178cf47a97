/// The names of the seven UCLG regions in the page's language. The database holds them in English
/// (`regions.name`, seeded with the schema); a name it does not know (a region added later) stays as stored.
enum UCLGRegions {
    /// The slugs of the stored names (`regions.slug`: the graph's colour classes), for views that hold a slug.
    private static let storedNames: [String: String] = [
        "africa": "Africa", "asia-pacific": "Asia-Pacific", "eurasia": "Eurasia", "europe": "Europe",
        "latin-america": "Latin America", "middle-east-west-asia": "Middle East & West Asia", "north-america": "North America",
    ]

    /// The name of the region whose slug is `slug`; an unknown slug stays as it is.
    static func name(slug: String, _ messages: Messages) -> String {
        storedNames[slug].map { name($0, messages) } ?? slug
    }

    static func name(_ stored: String, _ messages: Messages) -> String {
        switch stored {
        case "Africa": messages.t("Africa")
        case "Asia-Pacific": messages.t("Asia-Pacific")
        case "Eurasia": messages.t("Eurasia")
        case "Europe": messages.t("Europe")
        case "Latin America": messages.t("Latin America")
        case "Middle East & West Asia": messages.t("Middle East & West Asia")
        case "North America": messages.t("North America")
        default: stored
        }
    }
}
