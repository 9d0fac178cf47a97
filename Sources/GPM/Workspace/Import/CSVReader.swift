/// One record of a CSV file and the line it starts on (1-based, counting the header), so messages
/// can point at the line a spreadsheet user sees.
struct CSVRecord: Sendable, Equatable {
    let line: Int
    let fields: [String]
}

/// Reads CSV as RFC 4180 describes it, and as spreadsheets write it: fields separated by commas,
/// records by CRLF (a bare LF or CR is accepted too), fields in double quotes may hold commas, line
/// breaks and doubled quotes (`""`). A leading byte-order mark is ignored; blank lines are skipped.
enum CSVReader {
    /// A file that is not CSV: where it went wrong and why.
    struct Failure: Error, Sendable, Equatable {
        let line: Int
        let message: String
    }

    static func records(_ text: String) throws(Failure) -> [CSVRecord] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line is one empty unquoted field: not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                switch scalar {
                case "\"":
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        wasQuoted = true
                        pending = next
                        if let next, !(next == "," || next == "\r" || next == "\n") {
                            throw Failure(line: line, message: Catalogued.t("A closing quote must be followed by a comma or the end of the line."))
                        }
                    }
                case "\r", "\n":
                    if scalar == "\r" {
                        let next = iterator.next()
                        if next != "\n" { pending = next }
                    }
                    // Line breaks inside a field are stored as "\n", the platform's paragraph convention.
                    field.append("\n")
                    line += 1
                default:
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !wasQuoted else {
                    throw Failure(
                        line: line,
                        message: Catalogued.t("A quote inside a field that does not start with one: put the whole field in quotes and double the quote."))
                }
                quoted = true
            default:
                field.append(scalar)
            }
        }
        if quoted { throw Failure(line: recordLine, message: Catalogued.t("A quoted field is never closed: a closing quote is missing.")) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
