import HTTP
import SQLite

/// The secretariat admin's work on accounts: the list, one user's page, role changes (never leaving the
/// platform without an active admin), deactivation, ending sessions, reset links. Each change is audited
/// in its own transaction.
struct UserAdminService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    /// What one user's admin page shows.
    struct UserPage: Sendable {
        let user: User
        let city: UserCity?
        let cities: [CityChoice]
        let history: [AuditEvent]
    }

    /// Every account, with the sessions used in the last day.
    func list() throws -> [ListedUser] {
        let since = clock.epochSeconds() - 24 * 3600
        return try database.read { db in try UserStore(db: db).list(sessionsSeenSince: since) }
    }

    /// One user's page; 404 for an unknown id.
    func page(id: Int) throws -> UserPage {
        try database.read { db in
            let users = UserStore(db: db)
            guard let user = try users.user(id: id) else { throw HTTPError(.notFound) }
            return UserPage(
                user: user, city: try user.cityID.flatMap { try users.city(id: $0) }, cities: try CityChoiceStore(db: db).all(),
                history: try AuditStore(db: db).history(entity: "user", id: id))
        }
    }

    /// Gives user `id` the role `role` (and city, for a city office). Returns why it was refused, or nil.
    func setRole(id: Int, role: Role, cityID: Int?, by admin: User, messages: Messages) throws -> String? {
        try database.write { db in
            let users = UserStore(db: db)
            guard let before = try users.user(id: id) else { throw HTTPError(.notFound) }
            if role == .cityOffice, try cityID.map({ try CityChoiceStore(db: db).exists(id: $0) }) != true {
                return messages.t("Choose the city this office speaks for.")
            }
            // The platform must keep someone who can manage users.
            if before.role == .admin, role != .admin, try users.activeAdminCount() <= 1 {
                return messages.t("This is the last active admin: make someone else admin first.")
            }
            let cityID = role == .cityOffice ? cityID : nil
            try users.setRole(userID: id, role: role, cityID: cityID, now: clock.timestamp())
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: .update, entity: "user", id: id, summary: "Role of \(before.email) set to \(role.label)",
                before: ["role": .string(before.role.rawValue), "city_id": .number(before.cityID)],
                after: ["role": .string(role.rawValue), "city_id": .number(cityID)])
            return nil
        }
    }

    /// Deactivates (ending every session) or reactivates user `id`. Returns why it was refused, or nil:
    /// an admin cannot deactivate their own account.
    func setActive(id: Int, active: Bool, by admin: User, messages: Messages) throws -> String? {
        if id == admin.id, !active { return messages.t("You cannot deactivate your own account.") }
        try database.write { db in
            let users = UserStore(db: db)
            guard let before = try users.user(id: id) else { throw HTTPError(.notFound) }
            try users.setActive(userID: id, active: active, now: clock.timestamp())
            if !active { try SessionStore(db: db).deleteAll(userID: id) }
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: .update, entity: "user", id: id,
                summary: "\(active ? "Reactivated" : "Deactivated") \(before.email)",
                before: ["is_active": .bool(before.isActive)], after: ["is_active": .bool(active)])
        }
        return nil
    }

    /// Ends every session of user `id` but `keptSessionID` (the admin's own, when they sign themselves out elsewhere).
    func endSessions(id: Int, keeping keptSessionID: Int?, by admin: User) throws {
        try database.write { db in
            guard let user = try UserStore(db: db).user(id: id) else { throw HTTPError(.notFound) }
            let ended = try SessionStore(db: db).deleteAll(userID: id, except: keptSessionID)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: "end_sessions", entity: "user", id: id, summary: "Ended \(ended) session(s) of \(user.email)")
        }
    }

    /// Creates a password-reset link for active user `id` and returns its token; 404 for an unknown or inactive user.
    func createResetLink(id: Int, by admin: User) throws -> String {
        try database.write { db in
            guard let user = try UserStore(db: db).user(id: id), user.isActive else { throw HTTPError(.notFound) }
            let now = clock.epochSeconds()
            let token = try PasswordResetStore(db: db).create(
                userID: id, createdBy: admin.id, now: now, expiresAt: now + configuration.passwordResetLifetime)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: "reset_link", entity: "user", id: id, summary: "Password-reset link created for \(user.email)")
            try EventMail(outbox: OutboxStore(db: db), now: clock.timestamp(), epoch: now)
                .passwordResetCreated(for: user, token: token, expiresAt: now + configuration.passwordResetLifetime)
            return token
        }
    }
}
