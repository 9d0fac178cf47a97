import HTTP
import SQLite

/// Setting a new password with a reset link from an admin. The password is hashed between the read that
/// checks the link and the write that uses it: scrypt must not hold the write lock.
struct PasswordResetService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    static let invalidLink = HTTPError(
        .notFound, "This link is not valid: it may have been used already, replaced by a newer one, or expired. Ask the secretariat for a new one.")

    /// What became of a reset.
    enum Reset: Sendable {
        /// Refused for this reason; the email is the account's, for the form.
        case refused(email: String, FieldProblem)
        /// The new session's token.
        case signedIn(token: String)
    }

    /// The user an open link is for; `invalidLink` (404) otherwise.
    func open(token: String) throws -> User {
        let now = clock.epochSeconds()
        guard let open = try database.read({ db in try PasswordResetStore(db: db).open(token: token, now: now) }) else { throw Self.invalidLink }
        return open.user
    }

    /// Sets the password of the link's user, ends their sessions and signs them in.
    func reset(token: String, password: String, confirm: String?, remoteAddress: String, messages: Messages) throws -> Reset {
        let user = try open(token: token)
        if let problem = PasswordHasher.problem(with: password, messages: messages).map({ FieldProblem("password", $0) })
            ?? (password == confirm ? nil : FieldProblem("confirm", messages.t("The two passwords differ.")))
        {
            return .refused(email: user.email, problem)
        }
        let hash = try PasswordHasher(parameters: configuration.passwordHashing).hash(password)
        let session = try database.write { db in
            let resets = PasswordResetStore(db: db)
            let sessions = SessionStore(db: db)
            let now = clock.epochSeconds()
            // Checked again under the write lock: the link is single use even for two submissions at once.
            guard let again = try resets.open(token: token, now: now) else { throw Self.invalidLink }
            try resets.markUsed(id: again.resetID, now: now)
            try UserStore(db: db).setPassword(userID: again.user.id, hash: hash, now: clock.timestamp())
            try sessions.deleteAll(userID: again.user.id)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: again.user, action: .update, entity: "user", id: again.user.id, summary: "Password set with a reset link")
            return try sessions.create(userID: again.user.id, remoteAddress: remoteAddress, now: now)
        }
        return .signedIn(token: session)
    }
}
