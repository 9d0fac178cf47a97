import SQLite

/// Slows down password guessing: after too many failed sign-ins for one account, or from one address,
/// within a short window, further attempts are refused (429) until the oldest failure leaves the window.
/// Minutes, not hours, so a real user is never locked out for long. Failures live in SQLite, so every
/// worker thread (and a restart) sees the same count.
struct SignInThrottle: Sendable {
    let database: DatabasePool
    let configuration: AccountsConfiguration

    static func accountKey(_ email: String) -> String { "account:" + UserRepository.normalized(email) }
    static func addressKey(_ address: String) -> String { "address:" + address }

    /// Seconds until another attempt is allowed, or nil when one is allowed now.
    func retryAfter(email: String, address: String) throws -> Int? {
        let now = AccountClock.now()
        let since = now - configuration.throttleWindow
        return try database.read { db in
            var wait: Int?
            for (key, limit) in [(Self.accountKey(email), configuration.maxFailuresPerAccount),
                                 (Self.addressKey(address), configuration.maxFailuresPerAddress)] {
                let times: [Int] = try db.query(
                    "SELECT at FROM sign_in_failures WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?", key, since, limit
                ).map { try $0.int("at") }
                if times.count >= limit, let oldest = times.last {
                    wait = max(wait ?? 0, max(1, oldest + configuration.throttleWindow - now))
                }
            }
            return wait
        }
    }

    func recordFailure(email: String, address: String) throws {
        let now = AccountClock.now()
        try database.write { db in
            try db.run("DELETE FROM sign_in_failures WHERE at <= ?", now - configuration.throttleWindow)
            try db.run("INSERT INTO sign_in_failures (key, at) VALUES (?, ?), (?, ?)", Self.accountKey(email), now, Self.addressKey(address), now)
        }
    }

    /// A successful sign-in forgets the account's failures (not the address's: one right password must
    /// not reset the count for guesses against other accounts).
    static func clearAccount(_ db: Connection, email: String) throws {
        try db.run("DELETE FROM sign_in_failures WHERE key = ?", accountKey(email))
    }
}
