/// A notification in the reader's language: built when it is listed from its kind, its brief (year, title,
/// city) and what the event added (a version, the reviewer's comment, a reason), so a French office reads
/// French whatever language the event happened in. The English `message` recorded at the time is kept in
/// the table; it is shown only for a notification whose brief is gone (no text can be built from it).
extension UserNotification {
    /// The sentence shown in the list, in the language of `messages`.
    func text(_ messages: Messages) -> String {
        guard let year = briefYear else { return message }
        let title = briefTitle.flatMap { $0.isEmpty ? nil : $0 } ?? messages.t("Untitled draft")
        let values: KeyValuePairs<String, String> = [
            "city": cityName ?? messages.t("A city"), "year": String(year), "title": title, "note": note,
            "version": messages.number(version ?? 1),
        ]
        switch kind {
        case .submitted where (version ?? 1) > 1:
            return messages.t("{city} resubmitted its {year} Mayor Brief “{title}” (version {version}).", values)
        case .submitted:
            return messages.t("{city} submitted its {year} Mayor Brief “{title}”.", values)
        case .changesRequested where note.isEmpty:
            return messages.t("Changes were requested on your {year} Mayor Brief “{title}”.", values)
        case .changesRequested:
            return messages.t("Changes were requested on your {year} Mayor Brief “{title}”: {note}", values)
        case .published:
            return messages.t("Your {year} Mayor Brief “{title}” was published as a best practice.", values)
        case .withdrawn where note.isEmpty:
            return messages.t("Your {year} Mayor Brief “{title}” was withdrawn from the public pages.", values)
        case .withdrawn:
            return messages.t("Your {year} Mayor Brief “{title}” was withdrawn from the public pages. Reason: {note}", values)
        }
    }

    /// Whether `text(_:)` is the English message as recorded (the brief is gone), for its `lang`.
    var isRecordedText: Bool { briefYear == nil }
}

extension UserNotification.Kind {
    /// What happened, in the language of `messages` (the list's small print).
    func label(_ messages: Messages) -> String {
        switch self {
        case .submitted: messages.t("Submitted")
        case .changesRequested: messages.t("Changes requested")
        case .published: messages.t("Published", context: "brief")
        case .withdrawn: messages.t("Withdrawn", context: "brief")
        }
    }
}
