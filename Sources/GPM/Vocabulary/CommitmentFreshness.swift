/// Whether a commitment is still current: when it was last confirmed (or updated) in a reporting cycle, and
/// whether a whole cycle went by without that. Every page that shows "last confirmed" reads it from here.
///
/// The rule: with cycle `Y` the one now open, a commitment is **stale** when neither a confirmation nor a
/// change (opt-in, opt-out, progress) happened in cycle `Y − 1` or later — that is, the previous cycle passed
/// without it. A change counts in the cycle of its calendar year (a change dated 2025-06-01 counts for 2025).
/// Without any cycle (a new install) nothing is stale.
struct CommitmentFreshness: Sendable, Equatable {
    /// 'YYYY-MM-DD' of the latest confirmation; nil when never confirmed.
    let confirmedOn: String?
    /// The cycle year of the latest confirmation.
    let confirmedCycle: Int?
    /// The confirmation was written by the secretariat.
    let confirmedBySecretariat: Bool
    /// True when a whole cycle passed without confirmation or change.
    let isStale: Bool
    /// True when the latest confirmation is for the cycle now open.
    let isConfirmedForCurrentCycle: Bool

    /// - Parameters:
    ///   - lastChangeOn: 'YYYY-MM-DD' of the commitment's latest opt-in, opt-out or progress.
    ///   - currentCycle: the year of the cycle now open, nil when there is none.
    init(confirmedOn: String?, confirmedCycle: Int?, bySecretariat: Bool = false, lastChangeOn: String, currentCycle: Int?) {
        self.confirmedOn = confirmedOn
        self.confirmedCycle = confirmedCycle
        confirmedBySecretariat = bySecretariat
        let changeYear = Int(lastChangeOn.prefix(4)) ?? 0
        let latest = max(confirmedCycle ?? 0, changeYear)
        isStale = currentCycle.map { latest < $0 - 1 } ?? false
        isConfirmedForCurrentCycle = currentCycle != nil && confirmedCycle == currentCycle
    }

    /// "Last confirmed 3 March 2027" or "Never confirmed", in the page's language.
    func label(_ messages: Messages) -> String {
        confirmedOn.map { messages.t("Last confirmed {date}", ["date": Formatting.date($0)]) } ?? messages.t("Never confirmed")
    }

    /// The English label (pages not yet given their `Messages`).
    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The visible mark beside a stale commitment, in the page's language.
    static func staleLabel(_ messages: Messages) -> String { messages.t("Not confirmed for over a cycle") }

    /// The English mark (pages not yet given their `Messages`).
    static let staleLabel = staleLabel(Localization.englishOnly.messages(.en))
}

/// What a confirmation says, as `commitment_confirmations.kind` stores it.
enum CommitmentConfirmationKind: String, CaseIterable, Sendable {
    /// "No change": the commitment still stands as recorded.
    case unchanged
    /// The commitment was changed during the cycle.
    case updated

    func label(_ messages: Messages) -> String {
        self == .unchanged ? messages.t("Confirmed without change") : messages.t("Updated", context: "commitment")
    }

    /// The English label (audit summaries).
    var label: String { label(Localization.englishOnly.messages(.en)) }
}
