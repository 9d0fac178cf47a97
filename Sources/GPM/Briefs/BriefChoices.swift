/// What a brief can link to, with the names pages show: actions grouped by session, themes and the
/// 17 SDGs. Used by the edit form (the choices) and by version diffs (names for ids).
public struct BriefChoices: Sendable {
    public struct Choice: Sendable, Equatable {
        public let id: Int
        public let label: String
    }

    public struct SessionGroup: Sendable {
        public let title: String
        public let actions: [Choice]
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
