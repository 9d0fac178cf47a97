import Foundation
import Mustache

/// Everything the review page of one brief shows, read in one snapshot by `ReviewService.page`: the brief as last submitted,
/// its links and files, what changed since the submission before, the earlier reviews and the submissions.
struct ReviewPageData: Sendable {
    let item: ReviewQueueItem
    let brief: BriefRecord
    let versions: [BriefVersion]
    let reviews: [StoredBriefReview]
    let diff: BriefDiff?
    let actions: [(label: String, slug: String)]
    let themes: [(name: String, slug: String)]
    let sdgs: [(number: Int, name: String)]
    let files: [BriefVersion.File]

    /// The fields shown: the latest submitted version, or the brief itself when it was never submitted.
    var shownFields: BriefFields { versions.first?.fields ?? brief.fields }
}

/// Turns `ReviewPageData` and the form into the page's view model.
enum ReviewPageContext {
    static func page(_ data: ReviewPageData, form: ReviewForm) throws -> [String: MustacheValue] {
        let brief = data.brief, item = data.item
        let fields = data.shownFields
        var context: [String: MustacheValue] = [
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.reviews)),
            "brief": [
                "id": .int(brief.id), "title": .string(brief.displayTitle), "year": .int(brief.year),
                "city": .string(item.cityName), "cityHref": .string(Paths.city.href(item.citySlug)),
                "reviewHref": .string(Paths.review.href(brief.id)), "withdrawHref": .string(Paths.reviewWithdraw.href(brief.id)),
                "status": .string(brief.status.label), "badge": .string("badge--" + brief.status.badge),
                "summary": .string(fields.summary),
                "submittedAt": .string(item.submittedAt.map(ReviewQueueContext.timestamp) ?? "—"),
                "version": .string(item.versionNumber.map { "version \($0)" } ?? "not submitted through the workspace"),
                "isPublished": .bool(brief.status == .published),
                "publicHref": .string(Paths.publishedBrief.href(item.citySlug, brief.year)),
                "deadline": .string(item.deadline.map(Formatting.date) ?? "no reporting cycle"),
                "isDemo": .bool(brief.isDemo),
            ],
            "sections": .array(BriefFields.textFields.filter(\.isSection).map { field in
                let paragraphs = Formatting.paragraphs(fields[field.key])
                return ["heading": .string(field.heading), "paragraphs": .array(paragraphs.map { .string($0) }), "isEmpty": .bool(paragraphs.isEmpty)]
            }),
            "actions": .array(data.actions.map { ["label": .string($0.label), "href": .string(Paths.action.href($0.slug))] }),
            "themes": .array(data.themes.map { ["name": .string($0.name), "href": .string(Paths.bestPractices.href(QueryString([("theme", $0.slug)])))] }),
            "sdgs": .array(data.sdgs.map { ["label": .string("SDG \($0.number): \($0.name)"), "href": .string(Paths.bestPractices.href(QueryString([("sdg", String($0.number))])))] }),
            "files": .array(data.files.map {
                ["name": .string($0.filename), "href": .string(AttachmentRoutes.path(sha256: $0.sha256, filename: $0.filename))]
            }),
            "hasLinks": .bool(!data.actions.isEmpty || !data.themes.isEmpty || !data.sdgs.isEmpty),
            "hasFiles": .bool(!data.files.isEmpty),
            "changes": changes(data),
            "reviews": .array(data.reviews.map(review)),
            "hasReviews": .bool(!data.reviews.isEmpty),
            "submissions": .array(data.versions.map {
                ["number": .int($0.number), "at": .string(ReviewQueueContext.timestamp($0.submittedAt)), "by": .string($0.submittedByName)]
            }),
            "hasSubmissions": .bool(!data.versions.isEmpty),
            "canDecide": .bool(brief.status == .submitted),
            "canWithdraw": .bool(brief.status == .published),
            "reviewing": .int(data.versions.first?.number ?? 0),
            "form": form.context,
            "errors": .array(form.errorList),
            "hasErrors": .bool(!form.errors.isEmpty),
        ]
        if let latest = data.reviews.first { context["latestDecision"] = review(latest) }
        return context
    }

    /// "What changed since the last submission": the first submission says so; later ones list changed
    /// sections (before and after) and added or removed links and files.
    private static func changes(_ data: ReviewPageData) -> MustacheValue {
        guard let diff = data.diff else {
            return data.versions.count == 1
                ? ["isFirst": true, "text": "This is the first submission of this brief: there is no earlier version to compare with."]
                : ["isNone": true, "text": "This brief was not submitted through the workspace, so no versions are kept."]
        }
        let texts: [MustacheValue] = diff.texts.filter(\.isChanged).map { change in
            [
                "heading": .string(change.heading),
                "before": .array(Formatting.paragraphs(change.before).map { .string($0) }),
                "after": .array(Formatting.paragraphs(change.after).map { .string($0) }),
                "wasEmpty": .bool(Formatting.paragraphs(change.before).isEmpty), "isEmpty": .bool(Formatting.paragraphs(change.after).isEmpty),
            ]
        }
        let lists: [MustacheValue] = diff.lists.filter(\.isChanged).map { change in
            [
                "heading": .string(change.heading),
                "added": .array(change.added.map { .string($0) }), "removed": .array(change.removed.map { .string($0) }),
                "hasAdded": .bool(!change.added.isEmpty), "hasRemoved": .bool(!change.removed.isEmpty),
            ]
        }
        let unchanged = diff.texts.filter { !$0.isChanged }.map(\.heading)
        return [
            "isDiff": true, "from": .int(diff.fromNumber ?? 0), "to": .int(diff.toNumber), "hasChanges": .bool(diff.hasChanges),
            "texts": .array(texts), "lists": .array(lists),
            "unchanged": .string(unchanged.joined(separator: ", ")), "hasUnchanged": .bool(!unchanged.isEmpty),
        ]
    }

    private static func review(_ stored: StoredBriefReview) -> MustacheValue {
        [
            "version": .int(stored.versionNumber),
            "decision": .string(stored.decision == .published ? "Approved and published" : "Changes requested"),
            "badge": .string("badge--" + stored.decision.badge),
            "reviewer": .string(stored.reviewerName.isEmpty ? "A former reviewer" : stored.reviewerName),
            "at": .string(ReviewQueueContext.timestamp(stored.createdAt)),
            "comment": .array(Formatting.paragraphs(stored.review.comment).map { .string($0) }),
            "ratings": .array(BriefCriterion.allCases.compactMap { criterion in
                stored.review.ratings[criterion].map {
                    ["label": .string(criterion.label), "score": .int($0.score), "comment": .string($0.comment),
                     "hasComment": .bool(!$0.comment.isEmpty)]
                }
            }),
        ]
    }
}
