import Foundation
import SQLite

/// Forms posted after their session expired: kept on the server for the user of that expired session
/// (never for a visitor, a signed-out or an ended session, whose rows are gone) for `lifetime`, and shown
/// again pre-filled once they sign in — never replayed by themselves. Files are not kept.
struct KeptFormService: Sendable {
    /// How long a kept form waits for its user to sign in again.
    static let lifetime: TimeInterval = 24 * 3600

    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    /// The user of the session `token` names when that session is over but still known (expired by
    /// time, its row not yet purged) and the account active; nil for a live, unknown or ended session.
    func expiredSessionUser(token: String) throws -> Int? {
        guard !token.isEmpty, token.utf8.count <= 100 else { return nil }
        let now = clock.epochSeconds()
        guard let session = try database.read({ db in try SessionStore(db: db).find(token: token) }),
              session.user.isActive, SessionRules(configuration: configuration).isOver(session, now: now)
        else { return nil }
        return session.user.id
    }

    /// Keeps `form` for `userID` (replacing one kept for the same page).
    func keep(_ form: KeptForm, for userID: Int) throws {
        let now = clock.now()
        try database.write { db in
            try KeptFormStore(db: db).keep(
                userID: userID, form: form, now: Timestamp.format(now), expiresAt: Timestamp.format(now.addingTimeInterval(Self.lifetime)))
        }
    }

    /// The form `user` left on `path`, deleted as it is returned (shown once); nil when none.
    func take(for user: User, path: String) throws -> KeptForm? {
        let now = clock.timestamp()
        return try database.write { db in try KeptFormStore(db: db).take(userID: user.id, path: path, now: now) }
    }
}
