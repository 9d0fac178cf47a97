/// Where the city stands on an action: "Opted in since 10 September 2016", "Opted out since …" or
/// "Never opted in", with the latest progress, and badges.
struct CommitmentStanceView: Encodable {
    let text: String
    let badge: String
    /// Nil when the city never opted in or out.
    let since: String?
    let sinceISO: String?
    /// When the commitment was last saved ('2026-03-02 10:15:00 UTC').
    let updatedAt: String?
    let hasProgress: Bool
    let progress: String?
    let progressBadge: String?
    let progressUpdated: String?
    /// "Last confirmed 3 March 2027" / "Never confirmed"; nil without a commitment.
    let confirmation: String?
    let isStale: Bool
    let staleLabel: String
    let recordedBySecretariat: Bool

    init(_ commitment: Commitment?, messages: Messages) {
        staleLabel = CommitmentFreshness.staleLabel(messages)
        text = commitment?.stance.label(messages) ?? messages.t("Never opted in")
        badge = commitment?.stance.badge ?? "badge--muted"
        since = commitment.map { Formatting.date($0.since) }
        sinceISO = commitment?.since
        updatedAt = commitment.map { Formatting.storedTimestamp($0.updatedAt) }
        hasProgress = commitment?.progress != nil
        progress = commitment?.progress?.label(messages)
        progressBadge = commitment?.progress?.badge
        progressUpdated = commitment?.progressUpdatedOn.map(Formatting.date)
        confirmation = commitment?.freshness.label(messages)
        isStale = commitment?.freshness.isStale ?? false
        recordedBySecretariat = commitment?.recordedBySecretariat ?? false
    }
}
