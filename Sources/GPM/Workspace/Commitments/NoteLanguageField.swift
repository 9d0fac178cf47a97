import Foundation

/// The "Language of the note" field of the commitment forms (the office's opt-in/opt-out and progress forms,
/// the secretariat's record): a BCP 47 tag checked by the rule of a brief's language (`ContentLanguage`),
/// offered with the brief editor's suggestions, by default the signed-in account's language. The note is
/// stored with it (`commitment_events.language`) and every page marks the note with it.
struct NoteLanguageField: Encodable {
    /// The input's id and name, and the key of its message.
    let id: String
    /// The tag as typed (or the default).
    let value: String
    let error: String?
    let suggestions: [BriefEditPage.LanguageField.Suggestion]
    /// The tag the note's textarea is marked with (`lang`): the value when it is a tag, else none.
    let tag: String?

    init(id: String, value: String, error: String?) {
        self.id = id
        self.value = value
        self.error = error
        suggestions = BriefEditPage.LanguageField.suggested.map { code in
            BriefEditPage.LanguageField.Suggestion(tag: code, name: Locale(identifier: code).localizedString(forLanguageCode: code) ?? code)
        }
        tag = ContentLanguage(validating: value)?.tag
    }

    /// The field's value in a submitted form: as typed, or `fallback` when the form had no such field.
    static func submitted(_ value: String?, fallback: Language) -> String {
        value?.trimmingCharacters(in: .whitespaces) ?? fallback.rawValue
    }

    /// The message beside the field when `value` is not a language tag (the rule and message of a brief's language).
    static func refusal(_ messages: Messages) -> String {
        messages.t("Enter the language as a tag such as en, fr, es-419 or ar (BCP 47).")
    }
}
