/// A city's stance on an action, as `commitments.status` stores it. Labels live here and nowhere else,
/// so the public pages, the workspace and (later) the message catalogue say the same thing.
enum CommitmentStance: String, CaseIterable, Sendable {
    case optedIn = "opted_in"
    case optedOut = "opted_out"

    /// "Opted in", "Opted out", in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .optedIn: messages.t("Opted in")
        case .optedOut: messages.t("Opted out")
        }
    }

    /// The English label (audit summaries, pages not yet given their `Messages`).
    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The badge modifier in `site.css`.
    var badge: String { self == .optedIn ? "badge--ok" : "badge--muted" }

    /// The event a change to this stance writes into `commitment_events.kind`.
    var eventKind: CommitmentEventKind { self == .optedIn ? .optIn : .optOut }

    /// The rule that a stance and a progress cannot contradict: a commitment carries a progress only while
    /// the city is opted in. Opted out (or undecided: no stance at all) goes with no progress ("not started").
    /// Forms check it (`contradiction`), services before writing, and the schema again (migration 0020's
    /// triggers on `commitments`).
    static func allows(_ stance: CommitmentStance?, progress: CommitmentProgress?) -> Bool {
        progress == nil || stance == .optedIn
    }

    /// The message shown next to the progress field when `progress` contradicts `stance`; nil when they agree.
    static func contradiction(
        _ stance: CommitmentStance?, progress: CommitmentProgress?, messages: Messages = Localization.englishOnly.messages(.en)
    ) -> String? {
        guard !allows(stance, progress: progress), let progress else { return nil }
        let chosen = progress.label(messages)
        return switch stance {
        case .optedOut:
            messages.t(
                "A city that is opted out has no progress to report: choose “not started” or opt in first (not “{progress}”).", ["progress": chosen])
        default:
            messages.t(
                "A city that never opted in has no progress to report: choose “not started” or opt in first (not “{progress}”).", ["progress": chosen])
        }
    }
}

/// How far a city has got with an action it opted in to, as `commitments.progress` stores it, in the
/// order a commitment moves through them.
enum CommitmentProgress: String, CaseIterable, Sendable {
    case planned
    case inProgress = "in_progress"
    case achieved
    case paused

    /// "Planned", "In progress", "Achieved", "Paused", in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .planned: messages.t("Planned")
        case .inProgress: messages.t("In progress")
        case .achieved: messages.t("Achieved")
        case .paused: messages.t("Paused")
        }
    }

    /// The English label (audit summaries, pages not yet given their `Messages`).
    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The badge modifier in `site.css`.
    var badge: String {
        switch self {
        case .achieved: "badge--ok"
        case .inProgress: "badge--warn"
        case .paused: "badge--bad"
        case .planned: "badge--muted"
        }
    }
}

/// One line of a commitment's history, as `commitment_events.kind` stores it.
enum CommitmentEventKind: String, CaseIterable, Sendable {
    case optIn = "opt_in"
    case optOut = "opt_out"
    case progress

    /// What a timeline says for an event of this kind: "Opted in", "Opted out", "Progress: In progress".
    func label(progress: CommitmentProgress?, messages: Messages = Localization.englishOnly.messages(.en)) -> String {
        switch self {
        case .optIn: CommitmentStance.optedIn.label(messages)
        case .optOut: CommitmentStance.optedOut.label(messages)
        case .progress: messages.t("Progress: {progress}", ["progress": progress?.label(messages) ?? ""])
        }
    }
}
