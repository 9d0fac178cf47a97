import Foundation
import SQLite

/// A form's fields as kept after its session expired (`kept_forms`), for the user that session was for.
struct KeptForm: Sendable, Equatable {
    let path: String
    /// The posted text fields in order (`_csrf` left out).
    let fields: [FormField]
    /// The post carried files, which were not kept ("file not received").
    let filesDropped: Bool

    /// One posted field.
    struct FormField: Sendable, Equatable, Codable {
        let name: String
        let value: String
    }

    /// The first value posted as `name`.
    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value posted as `name`.
    func values(for name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }
}

/// The SQL of kept forms. Times are the caller's (`Timestamp` text, which sorts as time).
struct KeptFormStore {
    let db: Connection

    /// Keeps `form` for `userID` until `expiresAt`, replacing what was kept for the same page, and drops
    /// every kept form already past its time.
    func keep(userID: Int, form: KeptForm, now: String, expiresAt: String) throws {
        try db.run("DELETE FROM kept_forms WHERE expires_at <= ? OR (user_id = ? AND path = ?)", now, userID, form.path)
        let fields = String(decoding: try JSONEncoder().encode(form.fields), as: UTF8.self)
        try db.run(
            "INSERT INTO kept_forms (user_id, path, fields, files_dropped, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            userID, form.path, fields, form.filesDropped, now, expiresAt)
    }

    /// The form kept for `userID` on `path` (nil when none, or past its time), deleted as it is read: it
    /// is shown once.
    func take(userID: Int, path: String, now: String) throws -> KeptForm? {
        let row = try db.queryOne(
            "SELECT fields, files_dropped FROM kept_forms WHERE user_id = ? AND path = ? AND expires_at > ? ORDER BY id DESC LIMIT 1",
            userID, path, now)
        try db.run("DELETE FROM kept_forms WHERE user_id = ? AND path = ?", userID, path)
        guard let row else { return nil }
        let fields = try JSONDecoder().decode([KeptForm.FormField].self, from: Data(try row.string("fields").utf8))
        return KeptForm(path: path, fields: fields, filesDropped: try row.bool("files_dropped"))
    }
}
