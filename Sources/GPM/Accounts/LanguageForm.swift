import HTTP

/// The language chosen on `/account`: one of the platform's languages, else a message next to the field,
/// in the page's language (the form's messages come from the catalogue like any other text).
enum LanguageForm {
    case valid(Language)
    case invalid(String)

    init(_ fields: FormFields, messages: Messages) {
        guard let code = fields["language"], let language = Language(rawValue: code) else {
            self = .invalid(messages.t("Choose one of the languages offered."))
            return
        }
        self = .valid(language)
    }

}
