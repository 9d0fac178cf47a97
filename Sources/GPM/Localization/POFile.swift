/// A gettext PO file as translators' tools (Poedit, Weblate) write it, parsed by our own code:
/// `msgctxt`, `msgid`, `msgid_plural`, `msgstr` / `msgstr[n]`, strings continued over several lines, C
/// escapes, flags (`#, fuzzy`), obsolete entries (`#~`, skipped) and the header (the entry whose msgid is
/// empty), whose `Plural-Forms` gives the plural rule. Fuzzy entries are kept here, marked, and ignored
/// by `MessageCatalogue` (gettext's own rule: a fuzzy translation is a guess awaiting review).
struct POFile: Sendable {
    /// One message of the file.
    struct Entry: Sendable, Equatable {
        var context: String?
        var id: String
        var idPlural: String?
        /// `msgstr`, or `msgstr[0]`, `msgstr[1]`… in index order.
        var strings: [String]
        var flags: Set<String>
        /// `#:` lines: where the source text was found (`Templates/layout.html:12`).
        var references: [String]

        var isFuzzy: Bool { flags.contains("fuzzy") }
        /// gettext's key: the context, EOT, then the id.
        var key: String { MessageKey.make(context: context, id: id) }
    }

    /// The header's fields (`Plural-Forms`, `Language`, …), by name.
    let header: [String: String]
    /// Every message except the header, in file order.
    let entries: [Entry]

    /// Why a file could not be read, with the line.
    struct SyntaxError: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    init(text: String, file: String = "<po>") throws {
        var entries: [Entry] = []
        var header: [String: String] = [:]
        var current = Entry(context: nil, id: "", idPlural: nil, strings: [], flags: [], references: [])
        var started = false
        /// Which field continuation lines extend: "ctx", "id", "plural" or "str<index>".
        var field: String?
        var lineNumber = 0

        func finish() throws {
            defer {
                current = Entry(context: nil, id: "", idPlural: nil, strings: [], flags: [], references: [])
                started = false
                field = nil
            }
            guard started else { return }
            if current.id.isEmpty, current.context == nil {
                for line in (current.strings.first ?? "").split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    header[String(line[..<colon]).poTrimmed] = String(line[line.index(after: colon)...]).poTrimmed
                }
            } else {
                entries.append(current)
            }
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.poTrimmed
            if line.isEmpty {
                try finish()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("#~") { continue }  // obsolete: kept by tools, never used
                // A comment after a complete entry starts the next one.
                if started, field?.hasPrefix("str") == true { try finish() }
                if line.hasPrefix("#,") {
                    for flag in line.dropFirst(2).split(separator: ",") { current.flags.insert(String(flag).poTrimmed) }
                } else if line.hasPrefix("#:") {
                    current.references += line.dropFirst(2).split(separator: " ").map(String.init)
                }
                continue
            }
            func quoted(_ rest: Substring) throws -> String {
                let rest = rest.poTrimmed
                guard rest.count >= 2, rest.hasPrefix("\""), rest.hasSuffix("\"") else {
                    throw SyntaxError(file: file, line: lineNumber, message: "expected a quoted string")
                }
                do { return try POString.unescape(rest.dropFirst().dropLast()) } catch let error as POString.BadEscape {
                    throw SyntaxError(file: file, line: lineNumber, message: error.message)
                }
            }
            if line.hasPrefix("\"") {
                guard let field else { throw SyntaxError(file: file, line: lineNumber, message: "a string continues no field") }
                let more = try quoted(line[...])
                switch field {
                case "ctx": current.context = (current.context ?? "") + more
                case "id": current.id += more
                case "plural": current.idPlural = (current.idPlural ?? "") + more
                default:
                    let index = Int(field.dropFirst(3)) ?? 0
                    current.strings[index] += more
                }
                continue
            }
            let keyword = line.prefix { !$0.isWhitespace }
            let rest = line.dropFirst(keyword.count)
            switch keyword {
            case "msgctxt":
                if started, field?.hasPrefix("str") == true { try finish() }
                started = true
                current.context = try quoted(rest)
                field = "ctx"
            case "msgid":
                if started, field?.hasPrefix("str") == true { try finish() }
                started = true
                current.id = try quoted(rest)
                field = "id"
            case "msgid_plural":
                current.idPlural = try quoted(rest)
                field = "plural"
            case "msgstr":
                current.strings = [try quoted(rest)]
                field = "str0"
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()),
                      index == current.strings.count else {
                    throw SyntaxError(file: file, line: lineNumber, message: "unknown keyword '\(keyword)'")
                }
                current.strings.append(try quoted(rest))
                field = "str\(index)"
            }
        }
        try finish()
        self.header = header
        self.entries = entries
    }
}

/// gettext's message key: `context EOT id`, or the id alone.
enum MessageKey {
    static func make(context: String?, id: String) -> String {
        guard let context else { return id }
        return context + "\u{4}" + id
    }
}

/// The C escapes of PO strings, both ways.
enum POString {
    struct BadEscape: Error {
        let message: String
    }

    static func unescape(_ text: Substring) throws -> String {
        guard text.contains("\\") else { return String(text) }
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard let escaped = iterator.next() else { throw BadEscape(message: "a backslash ends the string") }
            switch escaped {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "a": result.append("\u{7}")
            case "b": result.append("\u{8}")
            case "f": result.append("\u{c}")
            case "v": result.append("\u{b}")
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "'": result.append("'")
            case "?": result.append("?")
            default: throw BadEscape(message: "unknown escape '\\\(escaped)'")
            }
        }
        return result
    }

    /// The text as a PO string's content (without the quotes).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.append(character)
            }
        }
        return result
    }
}

fileprivate extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var poTrimmed: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { return "" }
        let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) ?? start
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[start...end])
        return result
    }
}
