import Foundation

/// How figures and dates read on the pages: as the documents print them, in British English.
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
    static func date(_ text: String) -> String {
        let parts = text.prefix(10).split(separator: "-")
        guard let year = parts.first, year.count == 4 else { return text }
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(year) }
        guard parts.count >= 3, let day = Int(parts[2]) else { return "\(months[month - 1]) \(year)" }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// A stored timestamp as the workspace shows it: '2026-03-02T10:15:00Z' → '2026-03-02 10:15:00 UTC'.
    static func storedTimestamp(_ text: String) -> String {
        text.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }

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
    static func fileSize(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
