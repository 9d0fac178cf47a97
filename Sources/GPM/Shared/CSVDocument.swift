/// A table written as RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they
/// hold a comma, quote or line break. A leading `=`, `+`, `-` or `@` is kept as data, but the
/// field is quoted so spreadsheet users see text; the open data stays faithful.
struct CSVDocument {
    let header: [String]
    var rows: [[String]] = []

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [String?]) { rows.append(row.map { $0 ?? "" }) }

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
            || value.first.map { "=+-@".contains($0) } == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
