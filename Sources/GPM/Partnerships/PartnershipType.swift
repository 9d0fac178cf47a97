/// The seven types of partnership (`partnerships.type`), in the words the literature uses.
enum PartnershipType: String, CaseIterable, Sendable {
    case twinning
    case cityToCity = "city_to_city"
    case triangular
    case northSouth = "north_south"
    case southSouth = "south_south"
    case migrantFlowTwinning = "migrant_flow_twinning"
    case interMunicipal = "inter_municipal"

    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The label in the language of `messages`.
    func label(_ messages: Messages) -> String {
        switch self {
        case .twinning: messages.t("Twinning")
        case .cityToCity: messages.t("City-to-city")
        case .triangular: messages.t("Triangular")
        case .northSouth: messages.t("North–South")
        case .southSouth: messages.t("South–South")
        case .migrantFlowTwinning: messages.t("Migrant-flow twinning")
        case .interMunicipal: messages.t("Inter-municipal")
        }
    }

    /// The label of a stored value; an unknown value (a newer schema) reads as itself in words.
    static func label(of value: String) -> String {
        PartnershipType(rawValue: value)?.label ?? Formatting.label(value)
    }

    /// The label of a stored value in the language of `messages`; an unknown value reads as itself in words.
    static func label(of value: String, _ messages: Messages) -> String {
        PartnershipType(rawValue: value)?.label(messages) ?? Formatting.label(value)
    }
}
