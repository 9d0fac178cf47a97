import Foundation
import SQLite

/// Accounts made outside the web pages: the first admin on a new platform, and `gpm create-user`.
public enum AccountSetup {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The address of the admin created on a first start with no users.
    public static let firstAdminEmail = "admin@gpm.local"

    /// When the platform has no user at all, creates `admin@gpm.local` with a random one-time password that
    /// must be changed at first sign-in, and returns that password (to print once); otherwise nil.
    public static func createFirstAdminIfNeeded(_ database: DatabasePool, hashing: ScryptParameters) throws -> String? {
        guard try UserRepository(database: database).count() == 0 else { return nil }
        let password = try generatedPassword()
        let hash = try PasswordHasher(parameters: hashing).hash(password)
        let created: Bool = try database.write { db in
            // Checked again under the write lock: two processes starting at once must not both create one.
            guard (try db.scalar("SELECT count(*) FROM users") as Int? ?? 0) == 0 else { return false }
            let id = try UserRepository.create(
                db, email: firstAdminEmail, name: "Secretariat admin", role: .admin, cityID: nil, passwordHash: hash, mustChangePassword: true)
            try AuditLog.record(
                db, user: nil, action: .create, entity: "user", id: id, summary: "First admin created at first start",
                after: ["email": .string(firstAdminEmail), "role": "admin"])
            return true
        }
        return created ? password : nil
    }

    /// Creates a user from the command line. `citySlug` is required for (and only for) a city office.
    @discardableResult
    public static func createUser(
        _ database: DatabasePool, email: String, name: String, role: String, citySlug: String?, password: String, hashing: ScryptParameters
    ) throws -> Int {
        guard let role = Role(rawValue: role) else {
            throw Failure(description: "role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard UserRepository.isPlausibleEmail(UserRepository.normalized(email)) else {
            throw Failure(description: "'\(email)' is not an email address")
        }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Failure(description: "a name of 1 to 200 characters is needed") }
        if let problem = PasswordHasher.problem(with: password) { throw Failure(description: "password refused: \(problem)") }
        let hash = try PasswordHasher(parameters: hashing).hash(password)
        return try database.write { db in
            var cityID: Int?
            if role == .cityOffice {
                guard let slug = citySlug, let id = try CityChoice.id(db, slug: slug) else {
                    throw Failure(description: "a city office needs --city SLUG naming a city in the registry")
                }
                cityID = id
            } else if citySlug != nil {
                throw Failure(description: "--city is only for the city_office role")
            }
            guard try db.scalar("SELECT 1 FROM users WHERE email = ?", UserRepository.normalized(email)) as Int? == nil else {
                throw Failure(description: "a user with the email \(email) already exists")
            }
            let id = try UserRepository.create(db, email: email, name: name, role: role, cityID: cityID, passwordHash: hash)
            try AuditLog.record(
                db, user: nil, action: .create, entity: "user", id: id, summary: "User created from the command line",
                after: [
                    "email": .string(UserRepository.normalized(email)), "name": .string(name), "role": .string(role.rawValue),
                    "city_id": .number(cityID),
                ])
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
