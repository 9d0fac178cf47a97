/// A small, strict RFC 4180 reader for the open-data tests: quoted fields with doubled quotes, commas
/// and line breaks inside quotes, CRLF (or LF) record ends; a stray quote or bare CR is malformed.
/// Written apart from the app's CSV code, so a test does not read the output with its own writer's idea.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = characters.next()
        func advance() { pending = characters.next() }
        while let c = pending {
            advance()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); advance() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                row.append(field); field = ""
            case "\r":
                guard pending == "\n" else { throw Malformed() }
            case "\n":
                row.append(field); field = ""
                rows.append(row); row = []
            default:
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Malformed() }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
