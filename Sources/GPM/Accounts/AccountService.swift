import SQLite

/// One's own account: its details and the password change. The new password is hashed between the read
/// of the stored hash and the write that saves it: scrypt must not hold the write lock.
struct AccountService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    /// What became of a password change.
    enum Changed: Sendable {
        case refused(FieldProblem)
        /// The new session's token: every session ended, this one included.
        case signedIn(token: String)
    }

    /// The city `user` speaks for, if any, for the account pages.
    func city(of user: User) throws -> UserCity? {
        guard let cityID = user.cityID else { return nil }
        return try database.read { db in try UserStore(db: db).city(id: cityID) }
    }

    /// Changes `user`'s password after checking the current one.
    func changePassword(
        of user: User, current: String, new password: String, confirm: String?, remoteAddress: String, messages: Messages
    ) throws -> Changed {
        let hasher = PasswordHasher(parameters: configuration.passwordHashing)
        let stored = try database.read { db in try UserStore(db: db).passwordHash(userID: user.id) } ?? ""
        if !hasher.verify(current, against: stored) { return .refused(FieldProblem("current", messages.t("The current password is not right."))) }
        if let weak = PasswordHasher.problem(with: password, messages: messages) { return .refused(FieldProblem("password", weak)) }
        if password != confirm { return .refused(FieldProblem("confirm", messages.t("The two new passwords differ."))) }
        if hasher.verify(password, against: stored) { return .refused(FieldProblem("password", messages.t("Choose a password different from the current one."))) }
        let hash = try hasher.hash(password)
        // Every session ends, this one included: a new token replaces it, so a token stolen before the
        // change (the usual reason to change a password) is worthless afterwards.
        let token = try database.write { db in
            let sessions = SessionStore(db: db)
            try UserStore(db: db).setPassword(userID: user.id, hash: hash, now: clock.timestamp())
            try sessions.deleteAll(userID: user.id)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: user, action: .update, entity: "user", id: user.id, summary: "Changed own password")
            return try sessions.create(userID: user.id, remoteAddress: remoteAddress, now: clock.epochSeconds())
        }
        return .signedIn(token: token)
    }

    /// Sets the language the workspace (and later the mail) uses for `user`.
    func setLanguage(of user: User, to language: Language) throws {
        try database.write { db in
            try UserStore(db: db).setLanguage(userID: user.id, language.rawValue, now: clock.timestamp())
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: user, action: .update, entity: "user", id: user.id,
                summary: "Chose the language \(language.rawValue)")
        }
    }
}
