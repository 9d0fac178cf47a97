/// The short names of the 17 UN Sustainable Development Goals in the page's language. The database holds
/// the English names (`sdgs.name`, seeded with the schema); the French and Spanish ones are the UN's own,
/// kept in the catalogue (context "SDG") so translators see them as a set.
enum SustainableDevelopmentGoals {
    /// The name of goal `number`; a number outside 1–17 keeps the name the database gave.
    static func name(_ number: Int, stored: String, _ messages: Messages) -> String {
        switch number {
        case 1: messages.t("No poverty", context: "SDG")
        case 2: messages.t("Zero hunger", context: "SDG")
        case 3: messages.t("Good health and well-being", context: "SDG")
        case 4: messages.t("Quality education", context: "SDG")
        case 5: messages.t("Gender equality", context: "SDG")
        case 6: messages.t("Clean water and sanitation", context: "SDG")
        case 7: messages.t("Affordable and clean energy", context: "SDG")
        case 8: messages.t("Decent work and economic growth", context: "SDG")
        case 9: messages.t("Industry, innovation and infrastructure", context: "SDG")
        case 10: messages.t("Reduced inequalities", context: "SDG")
        case 11: messages.t("Sustainable cities and communities", context: "SDG")
        case 12: messages.t("Responsible consumption and production", context: "SDG")
        case 13: messages.t("Climate action", context: "SDG")
        case 14: messages.t("Life below water", context: "SDG")
        case 15: messages.t("Life on land", context: "SDG")
        case 16: messages.t("Peace, justice and strong institutions", context: "SDG")
        case 17: messages.t("Partnerships for the goals", context: "SDG")
        default: stored
        }
    }
}
