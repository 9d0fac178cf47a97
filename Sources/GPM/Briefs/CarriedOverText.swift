import Foundation

/// How a draft remembers which sections came from last year's brief: a SHA-256 of each section's text
/// as it was carried over. A section is "carried over" while its text still hashes to that value, so the
/// mark goes the moment the office changes a character and comes back if they undo the change.
enum CarriedOverText {
    /// The hex SHA-256 of `text` (as stored: normalized by `BriefFields.normalized`).
    static func hash(_ text: String) -> String {
        AttachmentHash.sha256(Array(text.utf8)[...])
    }

    /// The hashes of `fields`' non-empty sections: what "start from last year" records.
    static func hashes(of fields: BriefFields) -> [String: String] {
        var hashes: [String: String] = [:]
        for field in BriefFields.textFields where field.isSection && !fields[field.key].isEmpty {
            hashes[field.key] = hash(fields[field.key])
        }
        return hashes
    }

    /// `hashes` without the sections whose text in `fields` changed: what a save keeps.
    static func remaining(_ hashes: [String: String], in fields: BriefFields) -> [String: String] {
        hashes.filter { hash(fields[$0.key]) == $0.value }
    }

    static func encode(_ hashes: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(hashes), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }
}
