import Foundation

/// How figures and dates read on the pages: as the documents print them in British English, and as French
/// and Spanish write them on pages in those languages (the request's language, `RequestLanguage.current`).
enum Formatting {
    /// 2156658 → "2,156,658".
    static func number(_ value: Int) -> String {
        // French and Spanish pages group digits their way (12 345 with a narrow no-break space, 12.345).
        let language = RequestLanguage.current.language
        if language != .en { return NumberFormats.integer(language).string(from: NSNumber(value: value)) ?? String(value) }
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "2016-09-10" → "10 September 2016"; "2016-09" → "September 2016"; "2016" → "2016".
    /// A timestamp ("2016-09-10T12:00:00Z") reads as its date. Anything else is returned as is.
    /// French and Spanish pages: "10 septembre 2016", "10 de septiembre de 2016" (Foundation's CLDR patterns).
    static func date(_ text: String) -> String { date(text, in: RequestLanguage.current.language) }

    /// `date(_:)` in a given language.
    static func date(_ text: String, in language: Language) -> String {
        let parts = text.prefix(10).split(separator: "-")
        guard let year = parts.first, year.count == 4, let yearNumber = Int(year) else { return text }
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(year) }
        let day = parts.count >= 3 ? Int(parts[2]) : nil
        if language != .en {
            var components = DateComponents(year: yearNumber, month: month, day: day ?? 1)
            components.timeZone = .gmt
            if let date = Calendar(identifier: .gregorian).date(from: components) {
                return localizedDate(date, template: day == nil ? "MMMMy" : "dMMMMy", language: language)
            }
        }
        guard let day else { return "\(months[month - 1]) \(year)" }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// A date in a language from a CLDR skeleton. A formatter per call: `DateFormatter` is not documented
    /// as safe to share across threads, and only French and Spanish pages (cached) take this path.
    private static func localizedDate(_ date: Date, template: String, language: Language) -> String {
        let formatter = DateFormatter()
        formatter.locale = language.locale
        formatter.timeZone = .gmt
        formatter.setLocalizedDateFormatFromTemplate(template)
        return formatter.string(from: date)
    }

    /// A stored timestamp as the workspace shows it — one style everywhere (the review queue, the dashboard,
    /// the audit history, the outbox, conflicts): '2026-03-02T14:05:09Z' → "2 March 2026, 14:05 UTC"
    /// ("2 mars 2026, 14:05 UTC" for a French-speaking user). Anything that is not a timestamp reads as a date.
    static func timestamp(_ text: String) -> String { timestamp(text, in: RequestLanguage.current.language) }

    /// `timestamp(_:)` in a given language.
    static func timestamp(_ text: String, in language: Language) -> String {
        guard text.count >= 16, text.dropFirst(10).first == "T" else { return date(text, in: language) }
        return date(String(text.prefix(10)), in: language) + ", " + text.dropFirst(11).prefix(5) + " UTC"
    }

    /// The workspace's timestamps (`timestamp(_:)`).
    static func storedTimestamp(_ text: String) -> String { timestamp(text) }

    /// "in_progress" → "In progress": enumeration values as words.
    static func label(_ value: String) -> String {
        let words = value.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Splits stored plain text (paragraphs separated by blank lines) into paragraphs.
    static func paragraphs(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// "1.2 MB", "340 KB", "12 bytes": a file's size as a download link gives it.
    static func fileSize(_ bytes: Int) -> String { fileSize(bytes, Localization.englishOnly.messages(.en)) }

    /// A file's size with the units and decimal mark of the language of `messages` ("1,2 Mo", "340 Ko").
    static func fileSize(_ bytes: Int, _ messages: Messages) -> String {
        if bytes >= 1 << 20 {
            let megabytes = (Double(bytes) / Double(1 << 20) * 10).rounded() / 10
            return messages.t("{size} MB", ["size": messages.decimal(megabytes)])
        }
        if bytes >= 1 << 10 { return messages.t("{size} KB", ["size": messages.number(bytes >> 10)]) }
        return messages.tn("{count} byte", "{count} bytes", count: bytes)
    }
}
