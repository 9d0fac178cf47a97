import Foundation
import HTTP

/// What the reporting-cycle forms send (opening date, deadline, closing date, note, which cities are
/// expected), and what is wrong with it. Messages are keyed by field name so the page shows each beside
/// its field; each impossible combination has its own message.
struct ReportingCycleInput: Sendable, Equatable {
    var opensOn: String
    var deadline: String
    var closesOn: String
    var note: String
    var expected: ExpectedCities
    /// The city slugs of a 'chosen' cycle as typed (one per line or separated by commas).
    var cities: String

    static let maxNoteLength = 1000

    init(opensOn: String, deadline: String, closesOn: String, note: String, expected: String = "", cities: String = "") {
        self.opensOn = opensOn.trimmingCharacters(in: .whitespaces)
        self.deadline = deadline.trimmingCharacters(in: .whitespaces)
        self.closesOn = closesOn.trimmingCharacters(in: .whitespaces)
        self.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        self.expected = ExpectedCities(rawValue: expected) ?? .committed
        self.cities = cities.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The form's fields as posted.
    init(fields: FormFields) {
        self.init(
            opensOn: fields["opens_on"] ?? "", deadline: fields["deadline"] ?? "", closesOn: fields["closes_on"] ?? "",
            note: fields["note"] ?? "", expected: fields["expected"] ?? "", cities: fields["cities"] ?? "")
    }

    /// The stored cycle as the edit form starts.
    init(_ cycle: ReportingCycle, cities: [String]) {
        self.init(
            opensOn: cycle.opensOn, deadline: cycle.deadline, closesOn: cycle.closesOn, note: cycle.note ?? "",
            expected: cycle.expected.rawValue, cities: cities.joined(separator: "\n"))
    }

    /// The note as stored: an empty note is no note.
    var storedNote: String? { note.isEmpty ? nil : note }

    /// The slugs listed for a 'chosen' cycle.
    var citySlugs: [String] {
        cities.split(whereSeparator: { $0 == "," || $0.isNewline || $0 == " " }).map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// Problems for the cycle of `year`, in the language of `messages`: each date must exist ('YYYY-MM-DD',
    /// no 2027-02-30); the deadline falls after the reporting year starts and within five years; the cycle
    /// opens on or before its deadline and closes after it.
    func errors(year: Int, _ messages: Messages = Localization.englishOnly.messages(.en)) -> [String: String] {
        var errors: [String: String] = [:]
        let example = "\(year + 1)-03-31"
        /// What to say of one date field: when it is empty, and when it is not written as a date.
        struct DateWording {
            let missing: String
            let malformed: String
        }
        func date(_ key: String, _ value: String, _ wording: DateWording) -> Bool {
            if value.isEmpty {
                errors[key] = wording.missing
            } else if value.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil {
                errors[key] = wording.malformed
            } else if !Self.isCalendarDate(value) {
                errors[key] = messages.t(
                    "{date} is not a day of the calendar: check the month and the day (for example {example}).",
                    ["date": value, "example": example])
            } else {
                return true
            }
            return false
        }
        let opens = date("opens_on", opensOn, DateWording(
            missing: messages.t("Give the opening date."),
            malformed: messages.t("Write the opening date as a date YYYY-MM-DD, for example {example}.", ["example": example])))
        let due = date("deadline", deadline, DateWording(
            missing: messages.t("Give the deadline for Mayor Briefs."),
            malformed: messages.t("Write the deadline for Mayor Briefs as a date YYYY-MM-DD, for example {example}.", ["example": example])))
        let closes = date("closes_on", closesOn, DateWording(
            missing: messages.t("Give the closing date."),
            malformed: messages.t("Write the closing date as a date YYYY-MM-DD, for example {example}.", ["example": example])))
        let reportingYear = String(year)
        if due {
            if deadline <= "\(year)-01-01" {
                errors["deadline"] = messages.t(
                    "The deadline must fall after the {year} reporting year starts (1 January {year}).", ["year": reportingYear])
            } else if deadline > "\(year + 5)-12-31" {
                errors["deadline"] = messages.t("The deadline must fall within five years of the {year} reporting year.", ["year": reportingYear])
            }
        }
        if opens, due, errors["deadline"] == nil, deadline < opensOn {
            errors["deadline"] = messages.t(
                "The deadline ({deadline}) falls before the cycle opens ({opens}): offices would have no day to file on time.",
                ["deadline": deadline, "opens": opensOn])
        }
        if opens, opensOn < "\(year - 1)-01-01" {
            errors["opens_on"] = messages.t(
                "The {year} cycle cannot open before {previous}.", ["year": reportingYear, "previous": String(year - 1)])
        }
        if closes, due, closesOn <= deadline {
            errors["closes_on"] = messages.t(
                "The cycle must close after its deadline ({deadline}): closing on {closes} would stop even on-time briefs.",
                ["deadline": deadline, "closes": closesOn])
        }
        if closes, closesOn > "\(year + 6)-12-31" {
            errors["closes_on"] = messages.t("The cycle must close within six years of the {year} reporting year.", ["year": reportingYear])
        }
        if note.count > Self.maxNoteLength {
            errors["note"] = messages.t(
                "Keep the note under {limit} characters (it has {count}).",
                ["limit": messages.number(Self.maxNoteLength), "count": messages.number(note.count)])
        }
        if expected == .chosen, citySlugs.isEmpty {
            errors["cities"] = messages.t("List the cities expected to report (their slugs, one per line), or choose another option.")
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
