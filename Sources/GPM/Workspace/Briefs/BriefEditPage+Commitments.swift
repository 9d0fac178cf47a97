import Mustache

/// The brief form lists the city's own commitments first (issue 13): a group "Your city's commitments" with
/// the actions the city is opted in to, then every session's other actions. Each action appears once.
extension BriefEditPage {
    static func ownCommitmentsFirst(_ choices: BriefChoices, committed: [Int], checked: [Int], messages: Messages) -> [Session] {
        let all = choices.sessions.flatMap(\.actions)
        let own = committed.compactMap { id in all.first { $0.id == id } }
        let ownIDs = Set(own.map(\.id))
        var groups: [Session] = []
        if !own.isEmpty {
            let title = messages.t("Your city's commitments")
            groups.append(Session(
                id: "own-commitments", title: title, titleHTML: HTMLEscaping.escape(title), actions: options(own, checked: checked)))
        }
        for (index, group) in choices.sessions.enumerated() {
            let others = group.actions.filter { !ownIDs.contains($0.id) }
            guard !others.isEmpty else { continue }
            groups.append(Session(
                id: "session-\(index + 1)", title: own.isEmpty ? group.title : messages.t("Other actions: {session}", ["session": group.title]),
                titleHTML: own.isEmpty ? group.titleContent.inlineHTML(on: messages.language) : otherActionsHTML(group.titleContent, messages),
                actions: options(others, checked: checked)))
        }
        return groups
    }

    /// "Other actions: <span lang="en" dir="ltr">Integrating Refugees of War</span>": the sentence translated with
    /// its placeholder left in, escaped, then filled with the session's title as inline content.
    private static func otherActionsHTML(_ session: ContentTextView, _ messages: Messages) -> String {
        ContentSentence.html(messages.t("Other actions: {session}"), on: messages.language, ["session": session])
    }
}
