import TextSearch

/// A name typed in the cities directory as an FTS5 MATCH expression over `city_names_fts` (a city's
/// name, slug and other names, prepared by `SearchText`): every word required, each read as the start
/// of a name ("lod" finds Łódź, "tanger" Tangier, "서울" Seoul). Only the index's tokens, quoted, reach
/// FTS5, so nothing typed is syntax.
enum CityNameQuery {
    static func match(_ typed: String) -> String? {
        var parts: [String] = []
        for word in typed.split(whereSeparator: { $0.isWhitespace }).prefix(8) {
            let tokens = SearchText.queryTokens(String(word.prefix(64)))
            if !tokens.phrase.isEmpty { parts.append("\"" + tokens.phrase.joined(separator: " ") + "\"*") }
            if !tokens.required.isEmpty { parts.append("\"" + tokens.required.joined(separator: " ") + "\"") }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }
}
