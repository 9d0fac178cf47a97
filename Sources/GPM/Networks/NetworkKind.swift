/// The six kinds of network or organisation the registry knows (`networks.kind`), in words.
enum NetworkKind: String, CaseIterable, Sendable {
    case globalNetwork = "global_network"
    case regionalNetwork = "regional_network"
    case thematicNetwork = "thematic_network"
    case localGovernmentAssociation = "local_government_association"
    case programme
    case internationalOrganisation = "international_organisation"

    /// How a visitor reads the kind, e.g. in the directory's filter and on a network's page.
    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The label in the language of `messages`.
    func label(_ messages: Messages) -> String {
        switch self {
        case .globalNetwork: messages.t("Global network")
        case .regionalNetwork: messages.t("Regional network")
        case .thematicNetwork: messages.t("Thematic network")
        case .localGovernmentAssociation: messages.t("Association of local governments")
        case .programme: messages.t("Programme")
        case .internationalOrganisation: messages.t("International organisation")
        }
    }

    /// The label of a stored value; an unknown value (a newer schema) reads as itself in words.
    static func label(of value: String) -> String {
        NetworkKind(rawValue: value)?.label ?? Formatting.label(value)
    }

    /// The label of a stored value in the language of `messages`; an unknown value reads as itself in words.
    static func label(of value: String, _ messages: Messages) -> String {
        NetworkKind(rawValue: value)?.label(messages) ?? Formatting.label(value)
    }
}
