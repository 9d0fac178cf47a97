/// A table written as RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, quote or line break. Every CSV the platform serves is written here, so this is the one place
/// where text cells are neutralised against spreadsheet formulas (`SpreadsheetFormula`). Cells are
/// typed: text is neutralised, numbers are written as they are (a longitude of -74.07 stays a number).
struct CSVDocument {
    let header: [String]
    /// The rows as they will be written: text cells already neutralised.
    private(set) var rows: [[String]] = []

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [CSVCell]) { rows.append(row.map(\.written)) }

    var text: String {
        var out = ""
        for row in [header] + rows {
            out += row.map(Self.field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    private static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One cell of a CSV row: text (neutralised when a spreadsheet would run it as a formula) or a number
/// (written as Swift prints it, never changed). Numbers can only be made from numeric values, so a
/// number cell cannot smuggle in a formula.
struct CSVCell: Sendable, Equatable {
    /// The cell's value as it goes into the file (before RFC 4180 quoting).
    let written: String

    private init(written: String) { self.written = written }

    /// A text cell; nil is an empty cell.
    static func text(_ value: String?) -> CSVCell { CSVCell(written: SpreadsheetFormula.neutralised(value ?? "")) }
    /// A whole number; nil is an empty cell.
    static func int(_ value: Int?) -> CSVCell { CSVCell(written: value.map(String.init) ?? "") }
    /// A decimal number (Swift's shortest round-tripping form, `-74.07`); nil is an empty cell.
    static func double(_ value: Double?) -> CSVCell { CSVCell(written: value.map { String($0) } ?? "") }
    /// A flag as a number: `1` or `0`.
    static func flag(_ value: Bool) -> CSVCell { CSVCell(written: value ? "1" : "0") }
}

/// OWASP's rule against CSV injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is run as a formula by spreadsheets, so it is written with a single quote before it
/// (`'=SUM(A1)`), which spreadsheets read as "this is text". To make this reversible, a text that
/// already starts with quotes followed by one of those characters gets one quote more; `restored`
/// removes exactly one, so `restored(neutralised(x)) == x` for every text. Texts like `'s-Hertogenbosch`
/// (a quote not followed by a trigger) are left alone both ways.
enum SpreadsheetFormula {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// True when `text`, after any leading single quotes, starts with a character a spreadsheet reads
    /// as the start of a formula.
    private static func startsWithTrigger(afterQuotes text: String) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return triggers.contains(first)
    }

    /// The text as a CSV export writes it.
    static func neutralised(_ text: String) -> String {
        startsWithTrigger(afterQuotes: text) ? "'" + text : text
    }

    /// The text a neutralised cell stood for: one leading quote removed when it guards a formula.
    static func restored(_ cell: String) -> String {
        cell.first == "'" && startsWithTrigger(afterQuotes: cell) ? String(cell.dropFirst()) : cell
    }
}
