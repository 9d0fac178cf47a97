import SQLite

/// The secretariat's translations of registry content (`content_translations`, migration 0030): one row
/// per record, column and language; an empty translation is no row. Each row keeps the original's text it was
/// made from (`source_text`, migration 0042), so a translation of text that has since changed is known.
struct ContentTranslationStore {
    let db: Connection

    /// Every translation into `language` (a few hundred rows at most: read whole, one statement). English
    /// pages need none: the registry's content is written in English.
    func translations(_ language: Language) throws -> ContentTranslations {
        guard language != .en else { return .originals }
        var texts: [ContentTranslations.Key: ContentTranslations.Entry] = [:]
        for row in try db.query(
            "SELECT entity, entity_id, field, text, source_text FROM content_translations WHERE language = ?", language.rawValue)
        {
            // A row of an entity this build does not know (a newer version wrote it) is not shown.
            guard let entity = ContentEntity(rawValue: try row.string("entity")) else { continue }
            texts[.init(entity: entity, id: try row.int("entity_id"), field: try row.string("field"))] =
                .init(text: try row.string("text"), source: try row.optionalString("source_text"))
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

    /// The original's text each of one record's translations was made from, by "field" and language
    /// (translations whose source is not known are left out).
    func sources(_ entity: ContentEntity, id: Int) throws -> [String: [Language: String]] {
        var result: [String: [Language: String]] = [:]
        for row in try db.query(
            "SELECT field, language, source_text FROM content_translations WHERE entity = ? AND entity_id = ? AND source_text IS NOT NULL",
            entity.rawValue, id)
        {
            guard let language = Language(rawValue: try row.string("language")) else { continue }
            result[try row.string("field"), default: [:]][language] = try row.string("source_text")
        }
        return result
    }

    /// Sets (or, with nil or empty text, removes) one translation, made from the original `source`. A
    /// translation saved again unchanged keeps the source it had: re-sending a form does not make a translation
    /// of an older original current (`confirm` does that, deliberately).
    func set(_ entity: ContentEntity, id: Int, field: String, language: Language, text: String?, source: String?, now: String) throws {
        if let text, !text.isEmpty {
            try db.run("""
                INSERT INTO content_translations (entity, entity_id, field, language, text, source_text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (entity, entity_id, field, language) DO UPDATE
                SET text = excluded.text, source_text = excluded.source_text, updated_at = excluded.updated_at
                WHERE content_translations.text IS NOT excluded.text
                """, entity.rawValue, id, field, language.rawValue, text, source, now)
        } else {
            try db.run(
                "DELETE FROM content_translations WHERE entity = ? AND entity_id = ? AND field = ? AND language = ?",
                entity.rawValue, id, field, language.rawValue)
        }
    }

    /// Records that a translation still says what the original `source` says (the secretariat checked it).
    func confirm(_ entity: ContentEntity, id: Int, field: String, language: Language, source: String?, now: String) throws {
        try db.run(
            "UPDATE content_translations SET source_text = ?, updated_at = ? WHERE entity = ? AND entity_id = ? AND field = ? AND language = ?",
            source, now, entity.rawValue, id, field, language.rawValue)
    }
}
