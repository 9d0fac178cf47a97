import Foundation
import SQLite

/// Accounts made outside the web pages: the first admin on a new platform, and `gpm create-user`.
public struct AccountSetupService: Sendable {
    /// A refusal the command line prints as is.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The address of the admin created on a first start with no users.
    public static let firstAdminEmail = "admin@gpm.local"

    let database: DatabasePool
    let clock: PlatformClock
    let hashing: ScryptParameters

    public init(database: DatabasePool, clock: PlatformClock, hashing: ScryptParameters) {
        self.database = database
        self.clock = clock
        self.hashing = hashing
    }

    /// When the platform has no user at all, creates `admin@gpm.local` with a random one-time password that
    /// must be changed at first sign-in, and returns that password (to print once); otherwise nil.
    /// Counted under the write lock, so two processes starting at once do not both create one; the password
    /// is hashed there too, which holds the lock for one hash on a platform's very first start only.
    public func createFirstAdminIfNeeded() throws -> String? {
        try database.write { db in
            let users = UserStore(db: db)
            guard try users.count() == 0 else { return nil }
            let password = try Self.generatedPassword()
            let hash = try PasswordHasher(parameters: hashing).hash(password)
            let id = try users.create(
                email: Self.firstAdminEmail, name: "Secretariat admin", role: .admin, cityID: nil, passwordHash: hash, mustChangePassword: true)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: nil, action: .create, entity: "user", id: id, summary: "First admin created at first start",
                after: ["email": .string(Self.firstAdminEmail), "role": "admin"])
            return password
        }
    }

    /// Creates a user from the command line. `citySlug` is required for (and only for) a city office.
    @discardableResult
    public func createUser(email: String, name: String, role: String, citySlug: String?, password: String) throws -> Int {
        guard let role = Role(rawValue: role) else {
            throw Failure(description: "role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let given = email
        let email = EmailAddress.normalized(email)
        guard EmailAddress.isPlausible(email) else { throw Failure(description: "'\(given)' is not an email address") }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Failure(description: "a name of 1 to 200 characters is needed") }
        if let problem = PasswordHasher.problem(with: password, messages: Localization.englishOnly.messages(.en)) { throw Failure(description: "password refused: \(problem)") }
        let hash = try PasswordHasher(parameters: hashing).hash(password)
        return try database.write { db in
            let users = UserStore(db: db)
            var cityID: Int?
            if role == .cityOffice {
                guard let slug = citySlug, let id = try CityChoiceStore(db: db).id(slug: slug) else {
                    throw Failure(description: "a city office needs --city SLUG naming a city in the registry")
                }
                cityID = id
            } else if citySlug != nil {
                throw Failure(description: "--city is only for the city_office role")
            }
            guard try !users.emailExists(email) else { throw Failure(description: "a user with the email \(given) already exists") }
            let id = try users.create(email: email, name: name, role: role, cityID: cityID, passwordHash: hash)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: nil, action: .create, entity: "user", id: id, summary: "User created from the command line",
                after: ["email": .string(email), "name": .string(name), "role": .string(role.rawValue), "city_id": .number(cityID)])
            return id
        }
    }

    /// 20 random characters from an alphabet without look-alikes (about 115 bits).
    public static func generatedPassword() throws -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var password = ""
        while password.count < 20 {
            for byte in try SecureRandom.bytes(32) where Int(byte) < 256 - 256 % alphabet.count {
                password.append(alphabet[Int(byte) % alphabet.count])
                if password.count == 20 { break }
            }
        }
        return password
    }
}
