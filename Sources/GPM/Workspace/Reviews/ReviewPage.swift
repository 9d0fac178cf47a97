/// `pages/workspace/reviews/show`: one brief as last submitted, its links and files, what changed since the
/// submission before, the earlier reviews, the decision form and the messages around it.
struct ReviewPage: Encodable {
    /// The facts about the brief at the top of the page.
    struct Brief: Encodable {
        let title: String
        let year: Int
        let city: String
        let cityHref: String
        let reviewHref: String
        let withdrawHref: String
        let status: String
        let badge: String
        let summary: String
        let submittedAt: String
        let version: String
        let isPublished: Bool
        let publicHref: String
        let deadline: String
        let isDemo: Bool
        /// The brief's language and direction, on each element holding its text.
        let lang: String
        let dir: String
    }

    /// A section of the brief with its paragraphs.
    struct Section: Encodable {
        let heading: String
        let paragraphs: [String]
        let isEmpty: Bool
    }

    /// A linked action, theme or SDG, or an attached file.
    struct Link: Encodable {
        let label: String
        let href: String
        /// The label's language: the reviewer's when translated, else the original's (nil: the page's words, an SDG).
        var lang: String? = nil
        var dir: String? = nil
    }

    /// A linked theme (the template names it `name`).
    struct Theme: Encodable {
        let name: String
        let href: String
        let lang: String
        let dir: String
    }

    /// An attached file.
    struct File: Encodable {
        let name: String
        let href: String
    }

    /// "What changed since the last submission": the first submission says so (`isFirst`), a brief never
    /// submitted through the workspace too (`isNone`); later submissions list the changed sections (before
    /// and after) and the added or removed links and files (`isDiff`).
    struct Changes: Encodable {
        struct TextChange: Encodable {
            let heading: String
            let before: [String]
            let after: [String]
            let wasEmpty: Bool
            let isEmpty: Bool
        }

        struct ListChange: Encodable {
            let heading: String
            let added: [String]
            let removed: [String]
            let hasAdded: Bool
            let hasRemoved: Bool
        }

        let isFirst: Bool
        let isNone: Bool
        /// What `isFirst` and `isNone` say; empty for a comparison.
        let text: String
        let isDiff: Bool
        let from: Int
        let to: Int
        let hasChanges: Bool
        let texts: [TextChange]
        let lists: [ListChange]
        let unchanged: String
        let hasUnchanged: Bool

        init(_ data: ReviewPageData, _ messages: Messages) {
            guard let diff = data.diff else {
                isFirst = data.versions.count == 1
                isNone = !isFirst
                text = isFirst
                    ? messages.t("This is the first submission of this brief: there is no earlier version to compare with.")
                    : messages.t("This brief was not submitted through the workspace, so no versions are kept.")
                (isDiff, from, to, hasChanges, texts, lists, unchanged, hasUnchanged) = (false, 0, 0, false, [], [], "", false)
                return
            }
            (isFirst, isNone, text, isDiff) = (false, false, "", true)
            from = diff.fromNumber ?? 0
            to = diff.toNumber
            hasChanges = diff.hasChanges
            texts = diff.texts.filter(\.isChanged).map { change in
                let before = Formatting.paragraphs(change.before), after = Formatting.paragraphs(change.after)
                return TextChange(heading: ReviewPage.heading(change.key, change.heading, messages), before: before, after: after, wasEmpty: before.isEmpty, isEmpty: after.isEmpty)
            }
            lists = diff.lists.filter(\.isChanged).map { change in
                ListChange(
                    heading: ReviewPage.heading(change.key, change.heading, messages), added: change.added, removed: change.removed,
                    hasAdded: !change.added.isEmpty, hasRemoved: !change.removed.isEmpty)
            }
            let unchangedHeadings = diff.texts.filter { !$0.isChanged }.map { ReviewPage.heading($0.key, $0.heading, messages) }
            unchanged = unchangedHeadings.joined(separator: ", ")
            hasUnchanged = !unchangedHeadings.isEmpty
        }
    }

    /// An earlier review.
    struct Review: Encodable {
        struct Rating: Encodable {
            let label: String
            let score: Int
            let comment: String
            let hasComment: Bool
        }

        let version: Int
        let decision: String
        let badge: String
        let reviewer: String
        let at: String
        let comment: [String]
        let ratings: [Rating]

        init(_ stored: StoredBriefReview, _ messages: Messages) {
            version = stored.versionNumber
            decision = stored.decision == .published ? messages.t("Approved and published") : messages.t("Changes requested")
            badge = "badge--" + stored.decision.badge
            reviewer = stored.reviewerName.isEmpty ? messages.t("A former reviewer") : stored.reviewerName
            at = ReviewQueuePage.timestamp(stored.createdAt)
            comment = Formatting.paragraphs(stored.review.comment)
            ratings = BriefCriterion.allCases.compactMap { criterion in
                stored.review.ratings[criterion].map {
                    Rating(label: criterion.label(messages), score: $0.score, comment: $0.comment, hasComment: !$0.comment.isEmpty)
                }
            }
        }
    }

    /// A submitted version.
    struct Submission: Encodable {
        let number: Int
        let at: String
        let by: String
    }

    let workspaceNav = WorkspaceNavView(.reviews)
    let brief: Brief
    let sections: [Section]
    let actions: [Link]
    let themes: [Theme]
    let sdgs: [Link]
    let files: [File]
    let hasLinks: Bool
    let hasFiles: Bool
    let changes: Changes
    /// The city's stance, progress, confirmation and evidence beside each linked action, contradictions flagged.
    let evidence: BriefEvidenceView
    /// The word-level difference from the city's last published brief; nil when it has none.
    let lastYear: ReviewLastYearView?
    let reviews: [Review]
    let hasReviews: Bool
    let submissions: [Submission]
    let hasSubmissions: Bool
    let canDecide: Bool
    let canWithdraw: Bool
    /// The version the reviewer reads, sent back with the decision.
    let reviewing: Int
    let form: ReviewFormView
    let errors: [ReviewFormView.ErrorLink]
    let hasErrors: Bool
    /// "There is a problem": the same messages, focused on load.
    let errorSummary: FormErrorSummaryView
    /// What the last decision did (after its redirect); nil otherwise.
    let done: String?
    /// Why the decision sent was not saved; nil otherwise.
    let conflict: String?

    init(_ data: ReviewPageData, form: ReviewForm, done: String? = nil, conflict: String? = nil, messages: Messages) {
        let record = data.brief, item = data.item
        let fields = data.shownFields
        brief = Brief(
            title: record.displayTitle, year: record.year, city: item.cityName, cityHref: Paths.city.href(item.citySlug),
            reviewHref: Paths.review.href(record.id), withdrawHref: Paths.reviewWithdraw.href(record.id),
            status: record.status.label(messages), badge: "badge--" + record.status.badge, summary: fields.summary,
            submittedAt: item.submittedAt.map(ReviewQueuePage.timestamp) ?? "—",
            version: item.versionNumber.map { messages.t("version {number}", ["number": String($0)]) }
                ?? messages.t("not submitted through the workspace"),
            isPublished: record.status == .published, publicHref: Paths.publishedBrief.href(item.citySlug, record.year),
            deadline: item.deadline.map(Formatting.date) ?? messages.t("no reporting cycle"), isDemo: record.isDemo,
            lang: item.language.tag, dir: item.language.direction)
        sections = BriefFields.textFields.filter(\.isSection).map { field in
            let paragraphs = Formatting.paragraphs(fields[field.key])
            return Section(heading: field.heading(messages), paragraphs: paragraphs, isEmpty: paragraphs.isEmpty)
        }
        actions = data.actions.map { Link(label: $0.label.text, href: Paths.action.href($0.slug), lang: $0.label.lang, dir: $0.label.dir) }
        themes = data.themes.map {
            Theme(name: $0.name.text, href: Paths.bestPractices.href(QueryString([("theme", $0.slug)])), lang: $0.name.lang, dir: $0.name.dir)
        }
        sdgs = data.sdgs.map {
            Link(
                label: messages.t("SDG {number}: {name}", [
                    "number": String($0.number), "name": SustainableDevelopmentGoals.name($0.number, stored: $0.name, messages),
                ]),
                href: Paths.bestPractices.href(QueryString([("sdg", String($0.number))])))
        }
        files = data.files.map { File(name: $0.filename, href: AttachmentRoutes.path(sha256: $0.sha256, filename: $0.filename)) }
        hasLinks = !data.actions.isEmpty || !data.themes.isEmpty || !data.sdgs.isEmpty
        evidence = BriefEvidenceView(data.evidence, messages: messages)
        lastYear = data.lastPublished.map { ReviewLastYearView(lastYear: $0, citySlug: item.citySlug, shown: fields, messages: messages) }
        hasFiles = !data.files.isEmpty
        changes = Changes(data, messages)
        reviews = data.reviews.map { Review($0, messages) }
        hasReviews = !data.reviews.isEmpty
        submissions = data.versions.map {
            Submission(number: $0.number, at: ReviewQueuePage.timestamp($0.submittedAt), by: $0.submittedByName)
        }
        hasSubmissions = !data.versions.isEmpty
        canDecide = record.status == .submitted
        canWithdraw = record.status == .published
        reviewing = data.versions.first?.number ?? 0
        self.form = ReviewFormView(form, messages: messages)
        errors = ReviewFormView.errorList(form)
        hasErrors = !form.errors.isEmpty
        errorSummary = FormErrorSummaryView(errors.map { (id: $0.field, message: $0.message) })
        self.done = done
        self.conflict = conflict
    }

    /// A diff's heading in the page's language: a text field's, or a list's ("Actions", "Files").
    static func heading(_ key: String, _ english: String, _ messages: Messages) -> String {
        if let field = BriefFields.textFields.first(where: { $0.key == key }) { return field.heading(messages) }
        switch key {
        case "actions": return messages.t("Actions")
        case "themes": return messages.t("Themes")
        case "sdgs": return messages.t("SDGs")
        case "attachments": return messages.t("Files")
        default: return english
        }
    }
}
