/// The six kinds of network or organisation the registry knows (`networks.kind`), in words.
enum NetworkKind: String, CaseIterable, Sendable {
    case globalNetwork = "global_network"
    case regionalNetwork = "regional_network"
    case thematicNetwork = "thematic_network"
    case localGovernmentAssociation = "local_government_association"
    case programme
    case internationalOrganisation = "international_organisation"

    /// How a visitor reads the kind, e.g. in the directory's filter and on a network's page.
    var label: String {
        switch self {
        case .globalNetwork: "Global network"
        case .regionalNetwork: "Regional network"
        case .thematicNetwork: "Thematic network"
        case .localGovernmentAssociation: "Association of local governments"
        case .programme: "Programme"
        case .internationalOrganisation: "International organisation"
        }
    }

    /// The label of a stored value; an unknown value (a newer schema) reads as itself in words.
    static func label(of value: String) -> String {
        NetworkKind(rawValue: value)?.label ?? Formatting.label(value)
    }
}
