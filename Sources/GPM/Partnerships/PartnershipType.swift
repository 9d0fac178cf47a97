/// The seven types of partnership (`partnerships.type`), in the words the literature uses.
enum PartnershipType: String, CaseIterable, Sendable {
    case twinning
    case cityToCity = "city_to_city"
    case triangular
    case northSouth = "north_south"
    case southSouth = "south_south"
    case migrantFlowTwinning = "migrant_flow_twinning"
    case interMunicipal = "inter_municipal"

    var label: String {
        switch self {
        case .twinning: "Twinning"
        case .cityToCity: "City-to-city"
        case .triangular: "Triangular"
        case .northSouth: "North–South"
        case .southSouth: "South–South"
        case .migrantFlowTwinning: "Migrant-flow twinning"
        case .interMunicipal: "Inter-municipal"
        }
    }

    /// The label of a stored value; an unknown value (a newer schema) reads as itself in words.
    static func label(of value: String) -> String {
        PartnershipType(rawValue: value)?.label ?? Formatting.label(value)
    }
}
