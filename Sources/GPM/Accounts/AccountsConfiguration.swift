/// How accounts behave: password cost, session lifetimes, sign-in throttling, link lifetimes.
/// Tests shorten or cheapen these; production keeps the defaults.
public struct AccountsConfiguration: Sendable {
    public var passwordHashing = ScryptParameters.standard
    /// A session unused this long is over (seconds).
    public var sessionIdleTimeout = 2 * 3600
    /// A session is over this long after sign-in, however busy (seconds).
    public var sessionLifetime = 12 * 3600
    /// Sign-in throttling (`SignInThrottle`) slows guessing down without locking anyone out. Failures are
    /// counted per client address (the real client, `Request.clientAddress`, behind a trusted proxy) and per
    /// account + client pair, never per account alone, so no one can slow down another client's sign-ins.
    ///
    /// After 5 failures for one account from one client, that client waits before its next attempt at
    /// that account: 1 s after the 5th failure, 2 s after the 6th, then 4 s, 8 s… doubling up to 15 minutes.
    public var failuresBeforeDelayPerAccountAndClient = 5
    /// After 20 failures from one client across all accounts, it waits before any attempt: 1 s after the
    /// 20th, then 2 s, 4 s… up to 15 minutes (against one guess spread over many accounts).
    public var failuresBeforeDelayPerClient = 20
    /// The first wait, in seconds (1 s); each further failure doubles it.
    public var firstSignInDelay = 1
    /// The longest wait, in seconds (15 minutes).
    public var maxSignInDelay = 15 * 60
    /// How long a failure counts, in seconds (24 hours). A successful sign-in forgets its account + client
    /// pair's failures at once (not the client's: one right password must not reset guesses elsewhere).
    public var throttleWindow = 24 * 3600
    public var invitationLifetime = 7 * 24 * 3600
    public var passwordResetLifetime = 24 * 3600
    /// On a start with no user at all, create `admin@gpm.local` with a one-time password.
    public var createsFirstAdmin = true

    public init() {}
}
