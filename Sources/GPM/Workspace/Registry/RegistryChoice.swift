/// The fixed choices of a registry select (a city's GPM membership, a network's kind…): the stored values,
/// in the order offered, and their labels in a language, taken from the vocabulary that owns them.
struct RegistryChoice: Sendable {
    let values: [String]
    let label: @Sendable (String, Messages) -> String

    /// The options of the select, labelled in the page's language.
    func options(_ messages: Messages) -> [FormField.Option] { values.map { FormField.Option($0, label($0, messages)) } }

    static let membership = RegistryChoice(values: ["member", "observer", "former"]) { CityFacts.membershipLabel($0, $1) }
    static let networkKind = RegistryChoice(values: NetworkKind.allCases.map(\.rawValue)) { NetworkKind.label(of: $0, $1) }
    static let partnershipType = RegistryChoice(values: PartnershipType.allCases.map(\.rawValue)) { PartnershipType.label(of: $0, $1) }
    static let sessionStatus = RegistryChoice(values: ["draft", "ratified"]) { SessionCardView.statusLabel($0, $1) }
    /// A person's role in a strategy session (`session_people.role`).
    static let sessionRole = RegistryChoice(values: ["chair", "co_chair", "resource_team", "author"]) { value, messages in
        switch value {
        case "chair": messages.t("Chair", context: "session role")
        case "co_chair": messages.t("Co-chair", context: "session role")
        case "resource_team": messages.t("Resource team", context: "session role")
        case "author": messages.t("Author", context: "session role")
        default: Formatting.label(value)
        }
    }
}
