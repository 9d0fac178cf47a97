import Foundation
import TextSearch

/// Case- and accent-insensitive name matching: "medellin" finds Medellín, "MALMO" finds Malmö, "lodz"
/// finds Łódź (the folding of `SearchText`, the search index's).
/// SQLite's `lower()` and `LIKE` fold ASCII only, so the name search runs in Swift over the
/// (at most a few hundred) cities the SQL filters leave.
enum NameFolding {
    static func fold(_ text: String) -> String {
        SearchText.fold(text).replacingOccurrences(of: "’", with: "'")
    }

    /// True when every word of `query` occurs in `name` (folded both sides), so word order does not matter.
    static func matches(_ name: String, query: String) -> Bool {
        let folded = fold(name)
        let words = fold(query).split(whereSeparator: { $0.isWhitespace || $0 == "-" })
        return !words.isEmpty && words.allSatisfy { folded.contains($0) }
    }
}
