import SQLite

/// Signing in with an email and a password. The password is checked between a read (throttle and
/// credentials, one snapshot) and the write that starts the session: scrypt is deliberately slow, and
/// must not hold the database's one write lock while it runs.
struct SignInService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    /// What became of an attempt.
    enum Outcome: Sendable {
        /// Too many recent failures for this account from this client, or from this client: try again in
        /// this many seconds.
        case throttled(retryAfter: Int)
        /// Wrong password, unknown email or deactivated account (the same answer for each).
        case refused
        /// Signed in: the new session's token, and the user.
        case signedIn(token: String, user: User)
    }

    /// Signs in; `previousToken` (a session cookie sent along) is ended, so a session id planted before
    /// sign-in is worthless afterwards. `clientAddress` is the real client (`Request.clientAddress`): the
    /// throttle counts failures by it and by it with the account, never by the account alone.
    func signIn(email: String, password: String, clientAddress: String, previousToken: String?) throws -> Outcome {
        let email = EmailAddress.normalized(email)
        let throttle = SignInThrottle(configuration: configuration)
        let now = clock.epochSeconds()
        let (wait, credentials) = try database.read { db in
            (try throttle.retryAfter(SignInThrottleStore(db: db), email: email, client: clientAddress, now: now),
             try UserStore(db: db).credentials(email: email))
        }
        if let wait { return .throttled(retryAfter: wait) }

        let hasher = PasswordHasher(parameters: configuration.passwordHashing)
        guard let credentials, credentials.user.isActive, password.utf8.count <= PasswordHasher.maximumLength * 4,
              hasher.verify(password, against: credentials.passwordHash)
        else {
            if credentials?.user.isActive != true || password.utf8.count > PasswordHasher.maximumLength * 4 {
                _ = try? hasher.hash(password)  // the same work as a verification, so timing does not tell
            }
            try database.write { db in
                try throttle.recordFailure(SignInThrottleStore(db: db), email: email, client: clientAddress, now: clock.epochSeconds())
            }
            return .refused
        }
        let user = credentials.user
        let newHash = hasher.needsRehash(credentials.passwordHash) ? try hasher.hash(password) : nil
        let token = try database.write { db in
            let sessions = SessionStore(db: db)
            let users = UserStore(db: db)
            let now = clock.epochSeconds()
            if let previousToken { try sessions.delete(token: previousToken) }
            if let newHash { try users.setPassword(userID: user.id, hash: newHash, mustChange: user.mustChangePassword, now: clock.timestamp()) }
            try users.recordSignIn(userID: user.id, now: clock.timestamp())
            try throttle.clearPair(SignInThrottleStore(db: db), email: email, client: clientAddress)
            try SessionRules(configuration: configuration).purgeExpired(sessions, now: now)
            return try sessions.create(userID: user.id, remoteAddress: clientAddress, now: now)
        }
        return .signedIn(token: token, user: user)
    }
}
