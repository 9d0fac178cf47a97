/// How accounts behave: password cost, session lifetimes, sign-in throttling, link lifetimes.
/// Tests shorten or cheapen these; production keeps the defaults.
public struct AccountsConfiguration: Sendable {
    public var passwordHashing = ScryptParameters.standard
    /// A session unused this long is over (seconds).
    public var sessionIdleTimeout = 2 * 3600
    /// A session is over this long after sign-in, however busy (seconds).
    public var sessionLifetime = 12 * 3600
    /// Failed sign-ins for one email address within `throttleWindow` before further attempts get 429.
    public var maxFailuresPerAccount = 5
    /// Failed sign-ins from one remote address within `throttleWindow` before further attempts get 429.
    public var maxFailuresPerAddress = 20
    /// Seconds a failure counts; a real user refused by the throttle waits at most this long.
    public var throttleWindow = 15 * 60
    public var invitationLifetime = 7 * 24 * 3600
    public var passwordResetLifetime = 24 * 3600
    /// On a start with no user at all, create `admin@gpm.local` with a one-time password.
    public var createsFirstAdmin = true

    public init() {}
}
