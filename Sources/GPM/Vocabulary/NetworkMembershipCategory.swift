/// The category of a city's membership in a network (`city_networks.category`): free text the staff type
/// in English, "as the network names it". In practice a handful of values cover nearly every row of the
/// registry ("member", "member city", "partner city", "founding member", "signatory"…), so those known
/// values are shown with the catalogue's label in the reader's language; anything else stays the staff's
/// free text, shown as typed and marked as English (`lang="en"`). Nothing is rejected or rewritten: the
/// column keeps what was typed, and the open data writes it as stored.
enum NetworkMembershipCategory: String, CaseIterable, Sendable {
    case member
    case memberCity = "member city"
    case partnerCity = "partner city"
    case foundingMember = "founding member"
    case signatory
    case cityOfRefuge = "city of refuge"
    case leadingCity = "leading city"
    case chair
    case coordinator
    case initiator
    case hostMunicipality = "host municipality"

    /// The known category `stored` spells, whatever its case and spacing ("Founding  Member"); nil for other text.
    init?(stored: String) {
        let words = stored.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        self.init(rawValue: words)
    }

    /// The label a reader sees, lowercase as it follows a dash or sits in a table cell ("— member, since 2015").
    func label(_ messages: Messages) -> String {
        switch self {
        case .member: messages.t("member", context: "network category")
        case .memberCity: messages.t("member city", context: "network category")
        case .partnerCity: messages.t("partner city", context: "network category")
        case .foundingMember: messages.t("founding member", context: "network category")
        case .signatory: messages.t("signatory", context: "network category")
        case .cityOfRefuge: messages.t("city of refuge", context: "network category")
        case .leadingCity: messages.t("leading city", context: "network category")
        case .chair: messages.t("chair", context: "network category")
        case .coordinator: messages.t("coordinator", context: "network category")
        case .initiator: messages.t("initiator", context: "network category")
        case .hostMunicipality: messages.t("host municipality", context: "network category")
        }
    }

    /// A stored category as a page in `messages`' language shows it: a known value's label, in that language;
    /// other text as typed, in English.
    static func shown(_ stored: String, _ messages: Messages) -> ContentTextView {
        if let known = Self(stored: stored) { return ContentTextView(known.label(messages), language: ContentLanguage(messages.language)) }
        return ContentTextView(stored, language: .english)
    }

    /// `shown(_:_:)` as inline markup: escaped, inside `<span lang="en" dir="ltr">` when it is free text on a
    /// French or Spanish page.
    static func inlineHTML(_ stored: String, _ messages: Messages) -> String {
        shown(stored, messages).inlineHTML(on: messages.language)
    }
}
