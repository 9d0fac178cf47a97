import SQLite

/// The secretariat's translations of registry content (`content_translations`, migration 0030): one row
/// per record, column and language; an empty translation is no row.
struct ContentTranslationStore {
    let db: Connection

    /// Every translation into `language` (a few hundred rows at most: read whole, one statement). English
    /// pages need none: the registry's content is written in English.
    func translations(_ language: Language) throws -> ContentTranslations {
        guard language != .en else { return .originals }
        var texts: [ContentTranslations.Key: String] = [:]
        for row in try db.query("SELECT entity, entity_id, field, text FROM content_translations WHERE language = ?", language.rawValue) {
            // A row of an entity this build does not know (a newer version wrote it) is not shown.
            guard let entity = ContentEntity(rawValue: try row.string("entity")) else { continue }
            texts[.init(entity: entity, id: try row.int("entity_id"), field: try row.string("field"))] = try row.string("text")
        }
        return ContentTranslations(language: language, texts: texts)
    }

    /// One record's translations, by "field" and language, for its edit form.
    func record(_ entity: ContentEntity, id: Int) throws -> [String: [Language: String]] {
        var result: [String: [Language: String]] = [:]
        for row in try db.query(
            "SELECT field, language, text FROM content_translations WHERE entity = ? AND entity_id = ?", entity.rawValue, id)
        {
            guard let language = Language(rawValue: try row.string("language")) else { continue }
            result[try row.string("field"), default: [:]][language] = try row.string("text")
        }
        return result
    }

    /// Sets (or, with nil or empty text, removes) one translation.
    func set(_ entity: ContentEntity, id: Int, field: String, language: Language, text: String?, now: String) throws {
        if let text, !text.isEmpty {
            try db.run("""
                INSERT INTO content_translations (entity, entity_id, field, language, text, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (entity, entity_id, field, language) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
                """, entity.rawValue, id, field, language.rawValue, text, now)
        } else {
            try db.run(
                "DELETE FROM content_translations WHERE entity = ? AND entity_id = ? AND field = ? AND language = ?",
                entity.rawValue, id, field, language.rawValue)
        }
    }
}
