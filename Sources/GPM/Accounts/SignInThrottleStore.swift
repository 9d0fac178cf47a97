import SQLite

/// Failed sign-ins in SQLite, keyed by client or account + client pair (`SignInThrottle`'s keys), so every worker thread (and a restart) sees the
/// same count. The limits are `SignInThrottle`'s; times are the caller's (epoch seconds).
struct SignInThrottleStore {
    let db: Connection

    /// The times of the newest `limit` failures under `key` after `since`, newest first.
    func failures(key: String, since: Int, limit: Int) throws -> [Int] {
        try db.query("SELECT at FROM sign_in_failures WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?", key, since, limit)
            .map { try $0.int("at") }
    }

    /// Records one failure under each key at `now`, forgetting failures at or before `forgetBefore`.
    func record(keys: [String], now: Int, forgetBefore: Int) throws {
        try db.run("DELETE FROM sign_in_failures WHERE at <= ?", forgetBefore)
        for key in keys { try db.run("INSERT INTO sign_in_failures (key, at) VALUES (?, ?)", key, now) }
    }

    func clear(key: String) throws {
        try db.run("DELETE FROM sign_in_failures WHERE key = ?", key)
    }
}
