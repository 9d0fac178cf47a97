extension AttachmentAccess {
    /// Published briefs' files for everyone; any brief's files for those who may read it in the workspace:
    /// the secretariat (it reviews unpublished briefs and opens their files) and the brief's own city office.
    /// The rule is `BriefStateMachine.canView`, with the user the `SignedInContext` middleware resolved for
    /// this request (so no second session lookup inside the download's read transaction).
    static let workspaceReaders = AttachmentAccess.publishedBriefsOnly.widened { _, brief in
        BriefStateMachine.canView(SignedInContext.current?.user, cityID: brief.cityID)
    }
}
