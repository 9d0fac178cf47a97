/// What a brief can link to, with the names pages show: actions grouped by session, themes and the
/// 17 SDGs. Used by the edit form (the choices) and by version diffs (names for ids).
public struct BriefChoices: Sendable {
    public struct Choice: Sendable, Equatable {
        public let id: Int
        public let label: String
        /// The label's language and direction: a translation's, or the English original's (the SDGs' are the page's).
        var lang = "en"
        var dir = "ltr"
    }

    public struct SessionGroup: Sendable {
        public let title: String
        public let actions: [Choice]
        /// The title's language and direction, as `Choice`'s.
        var lang = "en"
        var dir = "ltr"

        /// The title as a `ContentTextView`, to write it inline in a sentence of the page (`inlineHTML(on:)`).
        var titleContent: ContentTextView { ContentTextView(title, language: ContentLanguage(validating: lang) ?? .english) }
    }

    public let sessions: [SessionGroup]
    public let themes: [Choice]
    public let sdgs: [Choice]
    /// The goals' names as the database holds them (English), by number.
    var sdgNames: [Int: String] = [:]

    /// The name of linked action `id` ("Action #id" when it is gone).
    func actionLabel(_ id: Int) -> String {
        sessions.lazy.flatMap(\.actions).first { $0.id == id }?.label ?? "Action #\(id)"
    }

    /// Linked action `id` with its label's language ("Action #id", in the page's words, when it is gone).
    func action(_ id: Int, _ messages: Messages) -> Choice {
        sessions.lazy.flatMap(\.actions).first { $0.id == id }
            ?? Choice(id: id, label: actionLabel(id), lang: ContentLanguage(messages.language).tag)
    }

    /// Linked theme `id` with its name's language.
    func theme(_ id: Int, _ messages: Messages) -> Choice {
        themes.first { $0.id == id } ?? Choice(id: id, label: themeLabel(id), lang: ContentLanguage(messages.language).tag)
    }

    /// The name of linked theme `id`.
    func themeLabel(_ id: Int) -> String { themes.first { $0.id == id }?.label ?? "Theme #\(id)" }
    /// "SDG n: name" for goal `number`.
    func sdgLabel(_ number: Int) -> String { sdgs.first { $0.id == number }?.label ?? "SDG \(number)" }

    /// "SDG n: name" for goal `number` in the language of `messages` (the UN's names, `SustainableDevelopmentGoals`).
    func sdgLabel(_ number: Int, _ messages: Messages) -> String {
        guard let stored = sdgNames[number] else { return messages.t("SDG {number}", ["number": String(number)]) }
        return messages.t("SDG {number}: {name}", [
            "number": String(number), "name": SustainableDevelopmentGoals.name(number, stored: stored, messages),
        ])
    }
}
