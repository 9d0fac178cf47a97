/// The names of the seven UCLG regions in the page's language. The database holds them in English
/// (`regions.name`, seeded with the schema); a name it does not know (a region added later) stays as stored.
enum UCLGRegions {
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
