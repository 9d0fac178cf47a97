import Foundation
import HTTP

/// An opt-in or opt-out as the office asked for it, validated.
struct StanceChange: Sendable {
    let stance: CommitmentStance
    let note: String?
    /// The language the note is written in.
    let noteLanguage: ContentLanguage
    /// The commitment version the form was rendered from; 0 when the city had never opted in or out.
    let version: Int
}

/// A progress update as the office asked for it, validated.
struct ProgressUpdate: Sendable {
    let progress: CommitmentProgress
    let note: String
    /// The language the note is written in.
    let noteLanguage: ContentLanguage
    let evidenceURL: String?
    /// 'YYYY-MM-DD', today or earlier.
    let occurredOn: String
    let version: Int
}

/// The two forms of an action's workspace page, exactly as submitted (so a refused save can show them again)
/// and the message for each field that is not acceptable.
struct CommitmentForm: Sendable {
    static let noteLimit = 4_000
    static let urlLimit = 500

    var stanceNote = ""
    /// The language of each form's note, as typed (by default the account's language).
    var stanceNoteLanguage: String
    var progress = ""
    var progressNote = ""
    var progressNoteLanguage: String
    var evidenceURL = ""
    var date: String
    var version = 0
    /// Field id → message, for the form that was submitted.
    var errors: [String: String] = [:]

    /// The language of the messages next to the fields.
    private(set) var messages = Localization.englishOnly.messages(.en)

    /// An empty form; its notes' language is `noteLanguage`, the signed-in account's.
    init(today: String, noteLanguage: Language) {
        date = today
        stanceNoteLanguage = noteLanguage.rawValue
        progressNoteLanguage = noteLanguage.rawValue
    }

    /// The form as submitted; a note language the form did not send is `noteLanguage`, the account's.
    init(fields: FormFields, today: String, noteLanguage: Language, messages: Messages) {
        self.messages = messages
        stanceNote = fields["note"] ?? ""
        stanceNoteLanguage = NoteLanguageField.submitted(fields["note_language"], fallback: noteLanguage)
        progress = fields["progress"] ?? ""
        progressNote = fields["progress_note"] ?? ""
        progressNoteLanguage = NoteLanguageField.submitted(fields["progress_note_language"], fallback: noteLanguage)
        evidenceURL = (fields["evidence_url"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        date = (fields["date"] ?? "").trimmingCharacters(in: .whitespaces)
        if date.isEmpty { date = today }
        version = Int(fields["version"] ?? "") ?? -1
    }

    /// The opt-in or opt-out asked for, or nil with `errors` set. A note explaining an opt-out is required.
    mutating func stanceChange(stance: CommitmentStance) -> StanceChange? {
        let note = stanceNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if stance == .optedOut, note.isEmpty {
            errors["note"] = messages.t("Say why the city opts out: the note is shown with the commitment's history.")
        } else if note.count > Self.noteLimit {
            errors["note"] = Self.noteTooLong(messages)
        }
        let language = ContentLanguage(validating: stanceNoteLanguage)
        if language == nil { errors["note_language"] = NoteLanguageField.refusal(messages) }
        guard errors.isEmpty, let language else { return nil }
        return StanceChange(stance: stance, note: note.isEmpty ? nil : note, noteLanguage: language, version: version)
    }

    /// The progress update asked for, or nil with `errors` set.
    mutating func progressUpdate(today: String) -> ProgressUpdate? {
        let status = CommitmentProgress(rawValue: progress)
        if status == nil { errors["progress"] = messages.t("Choose where the city stands: planned, in progress, achieved or paused.") }
        let note = progressNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty {
            errors["progress_note"] = messages.t("Describe the progress: the note is what the public timeline shows.")
        } else if note.count > Self.noteLimit {
            errors["progress_note"] = Self.noteTooLong(messages)
        }
        let language = ContentLanguage(validating: progressNoteLanguage)
        if language == nil { errors["progress_note_language"] = NoteLanguageField.refusal(messages) }
        errors.merge(Self.evidenceAndDateErrors(evidenceURL: evidenceURL, date: date, today: today, messages: messages)) { first, _ in first }
        guard errors.isEmpty, let status, let language else { return nil }
        return ProgressUpdate(
            progress: status, note: note, noteLanguage: language, evidenceURL: evidenceURL.isEmpty ? nil : evidenceURL, occurredOn: date, version: version)
    }

    /// The evidence link's and the date's messages, shared by the office's progress form and the
    /// secretariat's record: an optional http(s) address, and a real day between the first convening and today.
    static func evidenceAndDateErrors(evidenceURL: String, date: String, today: String, messages: Messages) -> [String: String] {
        var errors: [String: String] = [:]
        if !evidenceURL.isEmpty, !isWebAddress(evidenceURL) {
            errors["evidence_url"] = messages.t("Give a web address starting with http:// or https://, or leave it empty.")
        }
        if !CalendarDay.isValid(date) {
            errors["date"] = messages.t("Give the date as YYYY-MM-DD, for example {today}.", ["today": today])
        } else if date > today {
            errors["date"] = messages.t("The date cannot be in the future (today is {today}).", ["today": today])
        } else if date < CalendarDay.earliest {
            errors["date"] = messages.t(
                "The date cannot be before the first convening of the Global Parliament of Mayors ({earliest}).", ["earliest": CalendarDay.earliest])
        }
        return errors
    }

    /// The message for a note over `noteLimit`.
    static func noteTooLong(_ messages: Messages) -> String {
        messages.t("Keep the note under {limit} characters.", ["limit": messages.number(noteLimit)])
    }

    /// An absolute http(s) address with a host, short enough to store and show.
    static func isWebAddress(_ text: String) -> Bool {
        guard text.count <= urlLimit, !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }),
              let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return text.lowercased().hasPrefix(scheme + "://")
    }
}

/// Calendar days as the platform stores them: 'YYYY-MM-DD' text, in UTC.
enum CalendarDay {
    /// Nothing the GPM records predates its founding convening's year.
    static let earliest = "2016-01-01"

    /// The day of `now` in UTC; callers pass the platform clock's instant (`clock.now()`).
    static func today(_ now: Date) -> String { formatter().string(from: now) }

    /// A real calendar day written exactly as 'YYYY-MM-DD' (2026-02-30 is not one).
    static func isValid(_ text: String) -> Bool {
        guard text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil, let date = formatter().date(from: text) else { return false }
        return formatter().string(from: date) == text
    }

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter
    }
}
