/// Slows down password guessing without giving anyone a way to lock another user out. Failures are
/// counted under two keys: the client address (`Request.clientAddress`, the real client behind a trusted
/// proxy) and the account + client pair — never the account alone, so failures from one client never
/// delay a sign-in from another. Past a threshold each key makes its client wait before the next attempt,
/// a wait that doubles with every further failure up to a cap (`AccountsConfiguration`): a guesser gets
/// a few tries an hour, while a real user who mistypes waits seconds. Attempts refused for waiting are
/// not failures (the password is not even checked), so hammering does not lengthen the wait.
struct SignInThrottle: Sendable {
    let configuration: AccountsConfiguration

    static func clientKey(_ client: String) -> String { "client:" + client }
    /// The client first: an address has no space, so the key cannot be read two ways whatever the email holds.
    static func pairKey(email: String, client: String) -> String { "account+client:" + client + " " + EmailAddress.normalized(email) }

    /// Seconds until another attempt for `email` from `client` is allowed, or nil when one is allowed now.
    func retryAfter(_ failures: SignInThrottleStore, email: String, client: String, now: Int) throws -> Int? {
        var wait: Int?
        for (key, threshold) in [(Self.pairKey(email: email, client: client), configuration.failuresBeforeDelayPerAccountAndClient),
                                 (Self.clientKey(client), configuration.failuresBeforeDelayPerClient)] {
            let times = try failures.failures(key: key, since: now - configuration.throttleWindow, limit: threshold + doublings + 1)
            guard let newest = times.first, let delay = delay(afterFailures: times.count, threshold: threshold) else { continue }
            let remaining = newest + delay - now
            if remaining > 0 { wait = max(wait ?? 0, remaining) }
        }
        return wait
    }

    /// The wait after `count` failures under a key whose threshold is `threshold`: none below it, the first
    /// delay at it, doubling for each failure beyond, capped.
    func delay(afterFailures count: Int, threshold: Int) -> Int? {
        guard count >= threshold else { return nil }
        let steps = min(count - threshold, doublings)
        return min(configuration.firstSignInDelay << steps, configuration.maxSignInDelay)
    }

    /// Doublings from the first delay to the cap (beyond them the count no longer matters).
    private var doublings: Int {
        var steps = 0
        while steps < 40, configuration.firstSignInDelay << steps < configuration.maxSignInDelay { steps += 1 }
        return steps
    }

    func recordFailure(_ failures: SignInThrottleStore, email: String, client: String, now: Int) throws {
        try failures.record(
            keys: [Self.pairKey(email: email, client: client), Self.clientKey(client)], now: now,
            forgetBefore: now - configuration.throttleWindow)
    }

    /// A successful sign-in forgets the pair's failures (not the client's: one right password must not
    /// reset the count for guesses against other accounts).
    func clearPair(_ failures: SignInThrottleStore, email: String, client: String) throws {
        try failures.clear(key: Self.pairKey(email: email, client: client))
    }
}
