import Foundation

/// What the reporting-cycle forms send (a deadline and a note), and what is wrong with it.
/// Messages are keyed by field name so the page shows each beside its field.
struct ReportingCycleInput: Sendable, Equatable {
    var deadline: String
    var note: String

    static let maxNoteLength = 1000

    init(deadline: String, note: String) {
        self.deadline = deadline.trimmingCharacters(in: .whitespaces)
        self.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The note as stored: an empty note is no note.
    var storedNote: String? { note.isEmpty ? nil : note }

    /// Problems for the cycle of `year`: the deadline must be a real date 'YYYY-MM-DD' after the year starts
    /// (and not absurdly far after it).
    func errors(year: Int) -> [String: String] {
        var errors: [String: String] = [:]
        if deadline.isEmpty {
            errors["deadline"] = "Give the deadline for Mayor Briefs."
        } else if !Self.isCalendarDate(deadline) {
            errors["deadline"] = "Write the deadline as a date YYYY-MM-DD, for example \(year + 1)-03-31."
        } else if deadline <= "\(year)-01-01" {
            errors["deadline"] = "The deadline must fall after the \(year) reporting year starts (1 January \(year))."
        } else if deadline > "\(year + 5)-12-31" {
            errors["deadline"] = "The deadline must fall within five years of the \(year) reporting year."
        }
        if note.count > Self.maxNoteLength {
            errors["note"] = "Keep the note under \(Self.maxNoteLength) characters (it has \(note.count))."
        }
        return errors
    }

    /// 'YYYY-MM-DD' naming a day that exists (no 2027-02-30).
    static func isCalendarDate(_ text: String) -> Bool {
        guard text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil else { return false }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
