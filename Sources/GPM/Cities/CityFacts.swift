/// The facts the directory, the data files and the city page show about a city (everything but
/// its profile and relations).
struct CityFacts: Sendable, Equatable {
    let slug: String
    let name: String
    /// Its country's names (`country.shown()` on pages, `country.name` in the open data).
    let country: CountryName
    let regionSlug: String
    let regionName: String
    let population: Int?
    let latitude: Double?
    let longitude: Double?
    let mayorName: String?
    let mayorSince: String?
    /// `member`, `observer`, `former`, or nil for cities that are not GPM members.
    let membership: String?
    let joinedOn: String?
    let membershipIsDemo: Bool
    let website: String?
    let isDemo: Bool

    var countryCode: String { country.code }

    /// "Member", "Observer", "Former member", "Not a member", in the language of `messages`.
    func membershipLabel(_ messages: Messages) -> String { Self.membershipLabel(membership, messages) }

    /// A stored `cities.membership` in words (the registry's select offers the same labels).
    static func membershipLabel(_ membership: String?, _ messages: Messages) -> String {
        switch membership {
        case "member": messages.t("Member")
        case "observer": messages.t("Observer")
        case "former": messages.t("Former member")
        default: messages.t("Not a member")
        }
    }
}
