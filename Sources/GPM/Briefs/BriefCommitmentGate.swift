/// The submit rule of issue 13: before a city submits its brief for a cycle, its office has confirmed (or
/// updated) every commitment of the city in that cycle or a later one (`commitment_confirmations`).
extension BriefSteps {
    /// Throws `.unconfirmedCommitments` while one of the city's commitments is not confirmed for the brief's year.
    func requireConfirmedCommitments(_ brief: BriefRecord) throws {
        let unconfirmed = try CommitmentConfirmationStore(db: db).unconfirmedCount(city: brief.cityID, year: brief.year)
        guard unconfirmed == 0 else { throw BriefWorkflowError.unconfirmedCommitments(count: unconfirmed, year: brief.year) }
    }
}

extension BriefWorkflowError {
    /// The submit refusal for unconfirmed commitments (the office's page links it to the commitments page).
    var isUnconfirmedCommitments: Bool {
        if case .unconfirmedCommitments = self { return true }
        return false
    }
}
