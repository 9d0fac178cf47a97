import SQLite

/// What a user may do is decided by `Policy` from this role (and, for a city office, its city).
public enum Role: String, Sendable, CaseIterable {
    /// Secretariat admin: everything, including users and invitations.
    case admin
    /// Secretariat staff: the registry and the review of Mayor Briefs.
    case staff
    /// A mayor's office, bound to one city.
    case cityOffice = "city_office"

    /// The role a stored value names; an unknown value throws.
    init(stored: String) throws {
        guard let role = Role(rawValue: stored) else { throw UnknownStoredValue(column: "role", value: stored) }
        self = role
    }

    /// The role's name in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .admin: messages.t("Secretariat admin")
        case .staff: messages.t("Secretariat staff")
        case .cityOffice: messages.t("City office")
        }
    }

    /// The English name, for what is stored (audit summaries) and the outbox's parameters.
    public var label: String { label(Localization.englishOnly.messages(.en)) }
}

/// A person with an account. `cityID` is set exactly for city offices.
public struct User: Sendable, Equatable {
    public let id: Int
    public let email: String
    public let name: String
    public let role: Role
    public let cityID: Int?
    public let mustChangePassword: Bool
    public let isActive: Bool
    /// The workspace's language for them (`users.language`).
    let language: Language

    /// A stored role the platform does not know throws: it must not silently become a city office.
    init(row: Row) throws {
        id = try row.int("id")
        email = try row.string("email")
        name = try row.string("name")
        role = try Role(stored: try row.string("role"))
        cityID = try row.optionalInt("city_id")
        mustChangePassword = try row.bool("must_change_password")
        isActive = try row.bool("is_active")
        let stored = try row.string("language")
        guard let language = Language(rawValue: stored) else { throw UnknownStoredValue(column: "language", value: stored) }
        self.language = language
    }

    static let columns = "users.id, users.email, users.name, users.role, users.city_id, users.must_change_password, users.is_active, users.language"
}
