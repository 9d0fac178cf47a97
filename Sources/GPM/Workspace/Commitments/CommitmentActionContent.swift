/// An action as the workspace shows it to its reader: its name, text, session and theme in the reader's
/// language (the secretariat's translations, as the public pages show them), else the English originals,
/// marked `lang="en"` by the templates. The audit log keeps the English label (`CommitmentActionStance.label`).
struct CommitmentActionContent: Encodable {
    let label: ContentTextView
    let text: ContentTextView
    let session: ContentTextView
    let theme: ContentTextView

    init(_ action: CommitmentActionStance, _ translations: ContentTranslations) {
        label = action.actionLabel.content(action: action.actionID, translations)
        text = ContentTextView(translations.text(.action, action.actionID, "text", original: action.text))
        session = ContentTextView(translations.text(.session, action.sessionID, "title", original: action.sessionTitle))
        theme = ContentTextView(translations.text(.theme, action.themeID, "name", original: action.themeName))
    }
}
