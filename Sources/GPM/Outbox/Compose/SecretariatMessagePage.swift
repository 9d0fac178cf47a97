/// `pages/admin/message`: an admin writes to the offices of the cities a compliance filter selects — the
/// cities and how many people in each would receive it, the form, and (after "Preview") the message as
/// its first recipient would read it, with the button that sends it.
struct SecretariatMessagePage: Encodable {
    /// One city of the audience.
    struct City: Encodable {
        let name: String
        /// How many people in the city's office receive it.
        let count: Int
        let nobody: Bool
    }

    /// The message as it would arrive.
    struct Preview: Encodable {
        let subject: String
        let text: String
        let to: String
    }

    let workspaceNav = WorkspaceNavView(.compliance)
    let year: Int?
    let cities: [City]
    let cityCount: Int
    let people: Int
    let hasPeople: Bool
    let hasCities: Bool
    let subject: String
    let body: String
    let subjectError: String?
    let bodyError: String?
    /// GOV.UK's error summary above the form, linking to the subject and the message in the form's order.
    let errorSummary: FormErrorSummaryView
    let preview: Preview?
    let action: String
    let complianceHref: String
    let outboxHref = Paths.adminOutbox.href(QueryString([("state", OutboxState.pending.rawValue)]))
    /// How many people the message just went to (after the redirect).
    let sent: Int?

    init(
        _ audience: MessageAudience, filter: ComplianceFilter, subject: String = "", body: String = "",
        subjectError: String? = nil, bodyError: String? = nil, preview: Preview? = nil, sent: Int? = nil
    ) {
        year = audience.year
        cities = audience.cities.map { City(name: $0.name, count: $0.recipients.count, nobody: $0.recipients.isEmpty) }
        cityCount = audience.cities.count
        people = audience.people
        hasPeople = audience.people > 0
        hasCities = !audience.cities.isEmpty
        self.subject = subject
        self.body = body
        self.subjectError = subjectError
        self.bodyError = bodyError
        errorSummary = FormErrorSummaryView(
            (subjectError.map { [(id: "message-subject", message: $0)] } ?? []) + (bodyError.map { [(id: "message-body", message: $0)] } ?? []))
        self.preview = preview
        action = Paths.secretariatMessage.href(filter.query(year: filter.year))
        complianceHref = Paths.compliance.href(filter.query(year: filter.year))
        self.sent = sent
    }
}
