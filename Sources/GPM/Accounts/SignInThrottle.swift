/// Slows down password guessing: after too many failed sign-ins for one account, or from one address,
/// within a short window, further attempts are refused (429) until the oldest failure leaves the window.
/// Minutes, not hours, so a real user is never locked out for long.
struct SignInThrottle: Sendable {
    let configuration: AccountsConfiguration

    static func accountKey(_ email: String) -> String { "account:" + EmailAddress.normalized(email) }
    static func addressKey(_ address: String) -> String { "address:" + address }

    /// Seconds until another attempt is allowed, or nil when one is allowed now.
    func retryAfter(_ failures: SignInThrottleStore, email: String, address: String, now: Int) throws -> Int? {
        var wait: Int?
        for (key, limit) in [(Self.accountKey(email), configuration.maxFailuresPerAccount),
                             (Self.addressKey(address), configuration.maxFailuresPerAddress)] {
            let times = try failures.failures(key: key, since: now - configuration.throttleWindow, limit: limit)
            if times.count >= limit, let oldest = times.last {
                wait = max(wait ?? 0, max(1, oldest + configuration.throttleWindow - now))
            }
        }
        return wait
    }

    func recordFailure(_ failures: SignInThrottleStore, email: String, address: String, now: Int) throws {
        try failures.record(keys: [Self.accountKey(email), Self.addressKey(address)], now: now, forgetBefore: now - configuration.throttleWindow)
    }

    /// A successful sign-in forgets the account's failures (not the address's: one right password must
    /// not reset the count for guesses against other accounts).
    func clearAccount(_ failures: SignInThrottleStore, email: String) throws {
        try failures.clear(key: Self.accountKey(email))
    }
}
