/// How an action is named on the pages: its short title when it has one (migration 0020; staff edit it, and
/// the editors wrote one for each action the papers left untitled), else the title the papers print, else
/// "Action 3.2" (session number, position).
///
/// The first two are content (the secretariat's English, translated in `content_translations`); the third is
/// the platform's own words, written in the page's language by the catalogue. Stores do not know the page's
/// language (and caches keep what they read for every language), so they return this value and the page writes
/// it with its `Messages`: nothing is composed in English below the page.
struct ActionLabel: Sendable, Hashable {
    /// The short title, else the title; nil when the action has neither.
    let written: String?
    /// The column `written` comes from ("short_title" or "title"), where its translation is kept.
    let field: String
    let sessionNumber: Int?
    let position: Int

    static func title(_ title: String?, shortTitle: String? = nil, sessionNumber: Int?, position: Int) -> ActionLabel {
        if let shortTitle, !shortTitle.isEmpty {
            return ActionLabel(written: shortTitle, field: "short_title", sessionNumber: sessionNumber, position: position)
        }
        if let title, !title.isEmpty { return ActionLabel(written: title, field: "title", sessionNumber: sessionNumber, position: position) }
        return ActionLabel(written: nil, field: "title", sessionNumber: sessionNumber, position: position)
    }

    /// The label as plain text on a page in the language of `messages`: the written name as the secretariat
    /// wrote it, else "Action 3.2" / « Action 3.2 » / "Acción 3.2".
    func text(_ messages: Messages) -> String {
        if let written { return written }
        return Self.numbered(sessionNumber: sessionNumber, position: position, messages)
    }

    /// English, where the text is the same for everyone (open data, the search index, logs).
    var english: String { text(Localization.englishOnly.messages(.en)) }

    /// The label as content on a page in `translations.language`: the written name's translation (of action
    /// `id`), else its original marked as a fallback; a numbered label is in the page's language, not content.
    func content(action id: Int, _ translations: ContentTranslations, _ messages: Messages) -> ContentTextView {
        guard let written else { return ContentTextView(text(messages), language: ContentLanguage(messages.language)) }
        return ContentTextView(translations.text(.action, id, field, original: written))
    }

    /// The same where the page's `Messages` are not at hand (the workspace's stores read the translations in
    /// their snapshot): a numbered label is written in English, and marked so.
    func content(action id: Int, _ translations: ContentTranslations) -> ContentTextView {
        guard written != nil else { return ContentTextView(english, language: .english) }
        return content(action: id, translations, Localization.englishOnly.messages(.en))
    }

    /// "Action 3.2" (session 3, position 2), or "Action 2" for an action of a session without a number.
    static func numbered(sessionNumber: Int?, position: Int, _ messages: Messages) -> String {
        if let sessionNumber {
            return messages.t("Action {session}.{position}", ["session": String(sessionNumber), "position": String(position)])
        }
        return messages.t("Action {position}", ["position": String(position)])
    }
}
