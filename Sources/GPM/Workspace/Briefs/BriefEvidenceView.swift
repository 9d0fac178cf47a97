/// The evidence beside a brief (`partials/brief-evidence`): for each action the brief reports on, the city's
/// stance, progress, last confirmation, latest note and evidence link, with the contradictions flagged.
/// Shown on the office's brief page and on the reviewer's page.
struct BriefEvidenceView: Encodable {
    struct Item: Encodable {
        let label: String
        /// The label's language: the reader's when translated, else the original's.
        let labelLang: String
        let labelDir: String
        /// The action's public page.
        let href: String
        let stance: String
        let stanceBadge: String
        let since: String?
        let progress: String?
        let progressBadge: String?
        let progressUpdated: String?
        let confirmation: String?
        let isStale: Bool
        let staleLabel: String
        let recordedBySecretariat: Bool
        /// The latest note, marked with its language inside the translated "Latest note: …".
        let note: ContentTextView?
        /// The latest evidence link, only when it is safe to link.
        let evidenceHref: String?
        let flags: [String]
        let isContradicted: Bool
    }

    let items: [Item]
    let hasItems: Bool
    /// How many linked actions the records contradict.
    let contradictions: Int
    /// `contradictions` under the name a plural message reads (`{{#tn}}`).
    let count: Int
    let hasContradictions: Bool

    init(_ evidence: [BriefActionEvidence], messages: Messages) {
        items = evidence.map { item in
            let commitment = item.commitment
            let flags = item.contradictions
            return Item(
                label: item.label, labelLang: item.labelLang, labelDir: item.labelDir, href: Paths.action.href(item.actionSlug),
                stance: commitment?.stance.label(messages) ?? messages.t("Never opted in"), stanceBadge: commitment?.stance.badge ?? "badge--muted",
                since: commitment.map { Formatting.date($0.since) },
                progress: commitment?.progress?.label(messages), progressBadge: commitment?.progress?.badge,
                progressUpdated: commitment?.progressUpdatedOn.map(Formatting.date),
                confirmation: commitment?.freshness.label(messages), isStale: commitment?.freshness.isStale ?? false,
                staleLabel: CommitmentFreshness.staleLabel(messages),
                recordedBySecretariat: commitment?.recordedBySecretariat ?? false, note: commitment?.latestNote.map(ContentTextView.init),
                evidenceHref: commitment?.evidenceURL.flatMap { SafeURL.mayLink($0) ? $0 : nil },
                flags: item.contradictions(messages), isContradicted: !flags.isEmpty)
        }
        hasItems = !items.isEmpty
        contradictions = items.filter(\.isContradicted).count
        count = contradictions
        hasContradictions = contradictions > 0
    }
}
