import Mail

/// How the platform sends its mail (`--smtp-url`, `--mail-from`…). With no SMTP server the outbox still
/// records every message; they wait, pending and readable at `/admin/outbox`, until a server is configured.
public struct MailConfiguration: Sendable {
    /// The server; nil sends nothing.
    public var smtp: SMTPSettings?
    /// The From of every message; its domain is the right-hand side of the Message-IDs.
    public var from: MailAddress?
    /// Backoff on temporary failures and when to give up.
    public var retry = RetryPolicy()
    /// How long the idle worker waits before looking at the clock again (a clock read from a file moves
    /// without telling anyone); an enqueued message wakes it sooner.
    public var idleCheck: Double = 1
    /// Whether the delivery worker runs the mail schedule (reminders, the digest) as the clock moves.
    /// Tests that tick `MailScheduleService` themselves turn it off, so no second tick races theirs.
    public var runsSchedule = true

    public init() {}

    /// Exponential backoff: the n-th temporary failure waits `base × 2^(n−1)`, at most `cap`; the message
    /// fails for good after `maxAttempts` attempts (the defaults give up after about a day and a half).
    public struct RetryPolicy: Sendable, Equatable {
        public var base: Int = 300
        public var cap: Int = 12 * 3600
        public var maxAttempts: Int = 10

        public init() {}

        /// Seconds to wait after attempt number `attempt` (1 for the first) failed.
        public func delay(afterAttempt attempt: Int) -> Int {
            let exponent = min(max(attempt - 1, 0), 30)
            return min(base << exponent, cap)
        }
    }
}
