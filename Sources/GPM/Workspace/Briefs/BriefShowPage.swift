/// One brief for its office (`pages/workspace/briefs/show`): the content, files, versions submitted and
/// the reviewers' comments, with the steps the office may take now.
struct BriefShowPage: Encodable {
    struct Section: Encodable {
        let id: String
        let heading: String
        let blocks: [PracticeBlockView]
        let isEmpty: Bool
    }

    struct Version: Encodable {
        let number: Int
        let at: String
        let atISO: String
        let by: String
        /// How many files the version listed.
        let files: Int
    }

    let brief: BriefHeaderView
    /// The version the submit form was loaded at.
    let version: Int
    let submitAction: String
    let deleteHref: String
    let sections: [Section]
    /// The linked actions and themes in the reader's language, or the originals with their `lang`.
    let actions: [BriefLinkView]
    let hasActions: Bool
    let themes: [BriefLinkView]
    let hasThemes: Bool
    let sdgs: [String]
    let hasSDGs: Bool
    let attachments: [BriefFileView]
    let hasAttachments: Bool
    let versions: [Version]
    let hasVersions: Bool
    let reviews: [BriefReviewView]
    let hasReviews: Bool
    let canSubmit: Bool
    let isResubmission: Bool
    let canDelete: Bool
    let canEdit: Bool
    /// Why a submission was refused.
    let errors: [String]
    let hasErrors: Bool
    /// "There is a problem": a missing section links to its field on the edit page, which marks it
    /// (`?check=submit`); unconfirmed commitments link to the commitments page.
    let errorSummary: FormErrorSummaryView
    /// The city's stance, progress, confirmation and evidence beside each linked action, contradictions flagged.
    let evidence: BriefEvidenceView
    /// The commitments page, when the submission was refused because commitments are not confirmed.
    let confirmCommitmentsHref: String?
    /// Just submitted.
    let submitted: Bool
    /// The published brief's public page.
    let publicHref: String?
    let workspaceNav = WorkspaceNavView(.briefs)
    /// The error key of the submit refusal for unconfirmed commitments.
    static let commitmentsErrorKey = "commitments"

    init(_ view: BriefOfficeView, user: User, errors: [String: String], submitted: Bool, messages: Messages) {
        let (record, choices) = (view.brief, view.choices)
        let fields = record.fields
        brief = BriefHeaderView(record, messages: messages)
        version = record.version
        submitAction = Paths.briefSubmit.href(record.id)
        deleteHref = Paths.briefDelete.href(record.id)
        sections = BriefFields.textFields.filter { $0.key != "title" }.enumerated().map { index, field in
            let paragraphs = Formatting.paragraphs(fields[field.key])
            return Section(
                id: "section-\(index + 1)", heading: field.heading(messages), blocks: PracticeBlockView.blocks(paragraphs), isEmpty: paragraphs.isEmpty)
        }
        actions = fields.actionIDs.map { BriefLinkView(choices.action($0, messages)) }
        hasActions = !actions.isEmpty
        evidence = BriefEvidenceView(view.evidence, messages: messages)
        themes = fields.themeIDs.map { BriefLinkView(choices.theme($0, messages)) }
        hasThemes = !themes.isEmpty
        sdgs = fields.sdgNumbers.map { choices.sdgLabel($0, messages) }
        hasSDGs = !sdgs.isEmpty
        attachments = view.files.map { BriefFileView($0, messages: messages) }
        hasAttachments = !attachments.isEmpty
        versions = view.versions.map { version in
            Version(
                number: version.number, at: Formatting.date(version.submittedAt), atISO: version.submittedAt,
                by: version.submittedByName, files: version.attachments.count)
        }
        hasVersions = !versions.isEmpty
        reviews = view.reviews.map { BriefReviewView($0, messages: messages) }
        hasReviews = !reviews.isEmpty
        canSubmit = BriefStateMachine.can(user, .submit, status: record.status, cityID: record.cityID)
        isResubmission = record.status == .changesRequested
        canDelete = BriefStateMachine.can(user, .delete, status: record.status, cityID: record.cityID)
        canEdit = BriefStateMachine.canEdit(user, status: record.status, cityID: record.cityID)
        self.errors = errors.sorted { $0.key < $1.key }.map(\.value)
        hasErrors = !errors.isEmpty
        let checkHref = Paths.briefEdit.href(record.id, QueryString([("check", "submit")]))
        let order = BriefFields.textFields.map(\.key) + [Self.commitmentsErrorKey]
        let rank = { (key: String) in order.firstIndex(of: key) ?? order.count }
        errorSummary = FormErrorSummaryView(links: errors.sorted { (rank($0.key), $0.key) < (rank($1.key), $1.key) }.map { key, message in
            if key == Self.commitmentsErrorKey { return (href: Paths.commitments.href, message: message) }
            if BriefFields.textFields.contains(where: { $0.key == key }) { return (href: checkHref + "#f-" + key, message: message) }
            return (href: nil, message: message)
        })
        confirmCommitmentsHref = errors[Self.commitmentsErrorKey] == nil ? nil : Paths.commitments.href
        self.submitted = submitted
        publicHref = record.status == .published ? Paths.publishedBrief.href(view.citySlug, record.year) : nil
    }
}
