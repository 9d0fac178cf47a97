import Foundation

/// `pages/account/too-many-attempts`: sign-in is paused for this client; how long, and until when.
struct TooManyAttemptsPage: Encodable {
    /// "4 seconds", "1 minute", "15 minutes" (whole minutes from a minute on, rounded up).
    let waitText: String
    /// The instant the next attempt is allowed, as a time of day in UTC (`14:35:12 UTC`).
    let retryAt: String

    /// `wait` in seconds from `now`.
    init(wait: Int, now: Date, messages: Messages) {
        let wait = max(1, wait)
        if wait < 60 {
            waitText = messages.tn("{count} second", "{count} seconds", count: wait)
        } else {
            let minutes = (wait + 59) / 60
            waitText = messages.tn("{count} minute", "{count} minutes", count: minutes)
        }
        let stamp = Timestamp.format(now.addingTimeInterval(TimeInterval(wait)))  // 2026-12-06T14:35:12Z
        retryAt = String(stamp.dropFirst(11).prefix(8)) + " UTC"
    }
}
