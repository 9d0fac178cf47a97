import Foundation
import HTTP

/// What the secretariat records for a city on one action, validated: the stance, the progress (nil: not
/// started) and the dated note and evidence that go into the history.
struct SecretariatRecord: Sendable {
    let actionSlug: String
    let stance: CommitmentStance
    let progress: CommitmentProgress?
    let note: String?
    /// The language the note is written in.
    let noteLanguage: ContentLanguage
    let evidenceURL: String?
    /// 'YYYY-MM-DD', today or earlier.
    let occurredOn: String
    /// The commitment version the form was made from (0: the city had no commitment to the action); nil when
    /// the form was not made for one action (the action is chosen in it), so there is nothing to compare.
    let version: Int?
}

/// The secretariat's form on a city's commitments page, exactly as submitted (so a refused save shows it
/// again) with a message for each field that is not acceptable. A progress that contradicts the stance
/// (`CommitmentStance.contradiction`) is refused next to the progress field.
struct SecretariatCommitmentForm: Sendable {
    var action = ""
    var status = ""
    var progress = ""
    var note = ""
    /// The note's language as typed (by default the account's language).
    var noteLanguage: String
    var evidenceURL = ""
    var date: String
    var version: Int?
    var errors: [String: String] = [:]

    /// The language of the messages next to the fields.
    private(set) var messages = Localization.englishOnly.messages(.en)

    /// An empty form; the note's language is `noteLanguage`, the signed-in account's.
    init(today: String, noteLanguage: Language) {
        date = today
        self.noteLanguage = noteLanguage.rawValue
    }

    /// The form as submitted; a note language the form did not send is `noteLanguage`, the account's.
    init(fields: FormFields, today: String, noteLanguage: Language, messages: Messages) {
        self.messages = messages
        self.noteLanguage = NoteLanguageField.submitted(fields["note_language"], fallback: noteLanguage)
        action = fields["action"] ?? ""
        status = fields["status"] ?? ""
        progress = fields["progress"] ?? ""
        note = (fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        evidenceURL = (fields["evidence_url"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        date = (fields["date"] ?? "").trimmingCharacters(in: .whitespaces)
        if date.isEmpty { date = today }
        version = Int(fields["version"] ?? "")
    }

    /// The record asked for, or nil with `errors` set.
    mutating func record(today: String, actionSlugs: Set<String>) -> SecretariatRecord? {
        if !actionSlugs.contains(action) { errors["action"] = messages.t("Choose the action the city's stance is on.") }
        let stance = CommitmentStance(rawValue: status)
        if stance == nil { errors["status"] = messages.t("Choose whether the city is opted in or opted out.") }
        let chosenProgress = progress.isEmpty ? nil : CommitmentProgress(rawValue: progress)
        if !progress.isEmpty, chosenProgress == nil {
            errors["progress"] = messages.t("Choose not started, planned, in progress, achieved or paused.")
        } else if let stance, let message = CommitmentStance.contradiction(stance, progress: chosenProgress, messages: messages) {
            errors["progress"] = message
        }
        if note.count > CommitmentForm.noteLimit { errors["note"] = CommitmentForm.noteTooLong(messages) }
        let language = ContentLanguage(validating: noteLanguage)
        if language == nil { errors["note_language"] = NoteLanguageField.refusal(messages) }
        errors.merge(CommitmentForm.evidenceAndDateErrors(evidenceURL: evidenceURL, date: date, today: today, messages: messages)) { first, _ in first }
        guard errors.isEmpty, let stance, let language else { return nil }
        return SecretariatRecord(
            actionSlug: action, stance: stance, progress: chosenProgress, note: note.isEmpty ? nil : note, noteLanguage: language,
            evidenceURL: evidenceURL.isEmpty ? nil : evidenceURL, occurredOn: date, version: version)
    }
}
