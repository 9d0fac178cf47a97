/// `pages/account/too-many-attempts`: sign-in is paused; how long, in whole minutes.
struct TooManyAttemptsPage: Encodable {
    let minutes: Int
    let minutesLabel: String

    /// `wait` in seconds, rounded up to a minute (never "0 minutes").
    init(wait: Int) {
        minutes = max(1, (wait + 59) / 60)
        minutesLabel = minutes == 1 ? "minute" : "minutes"
    }
}
