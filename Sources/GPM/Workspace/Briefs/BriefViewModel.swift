import Foundation
import Mustache

/// Pieces of brief pages shared by the list, the view and the edit form.
enum BriefViewModel {
    /// Id, year, title, status and the links of one brief.
    static func header(_ brief: BriefRecord) -> [String: MustacheValue] {
        [
            "id": .int(brief.id), "year": .int(brief.year), "title": .string(brief.displayTitle),
            "hasTitle": .bool(!brief.fields.title.isEmpty),
            "status": .string(brief.status.label), "statusValue": .string(brief.status.rawValue), "badge": .string(brief.status.badge),
            "href": .string(Paths.brief.href(brief.id)), "editHref": .string(Paths.briefEdit.href(brief.id)),
            "submitAction": .string(Paths.briefSubmit.href(brief.id)), "deleteHref": .string(Paths.briefDelete.href(brief.id)),
            "uploadAction": .string(Paths.briefAttachments.href(brief.id)),
            "isEditable": .bool(brief.status.isEditableByOffice), "isDraft": .bool(brief.status == .draft),
            "isPublished": .bool(brief.status == .published), "isDemo": .bool(brief.isDemo),
            "updatedAt": .string(Formatting.date(brief.updatedAt)),
        ]
    }

    /// The brief's files, each with its download link and (in the workspace, given `briefID`) the form
    /// action that removes it.
    static func files(_ files: [BriefAttachment], briefID: Int? = nil) -> MustacheValue {
        .array(files.map { file in
            [
                "filename": .string(file.filename), "href": .string(file.downloadPath), "sha256": .string(file.sha256),
                "removeAction": briefID.map { .string(Paths.briefAttachmentRemove.href($0, file.sha256)) } ?? .null,
                "type": .string(AttachmentKind(contentType: file.contentType).map { $0.rawValue.uppercased() } ?? file.contentType),
                "size": .string(size(file.size)),
            ]
        })
    }

    /// "1.2 MB", "340 KB", "12 bytes".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }

    /// A reviewer's decision with its ratings.
    static func review(_ review: StoredBriefReview) -> MustacheValue {
        [
            "decision": .string(review.decision == .published ? "Published" : "Changes requested"),
            "isChangesRequested": .bool(review.decision == .changesRequested),
            "comment": .string(review.review.comment), "hasComment": .bool(!review.review.comment.isEmpty),
            "paragraphs": .array(Formatting.paragraphs(review.review.comment).map { .string($0) }),
            "reviewer": .string(review.reviewerName), "at": .string(Formatting.date(review.createdAt)),
            "version": .int(review.versionNumber),
            "ratings": .array(BriefCriterion.allCases.compactMap { criterion in
                review.review.ratings[criterion].map { rating in
                    ["label": .string(criterion.label), "score": .int(rating.score), "comment": .string(rating.comment),
                     "hasComment": .bool(!rating.comment.isEmpty)]
                }
            }),
            "hasRatings": .bool(!review.review.ratings.isEmpty),
        ]
    }

    /// The reporting cycle as the office reads it: year, deadline and days left.
    static func cycle(_ cycle: ReportingCycle?) -> MustacheValue {
        guard let cycle else { return .null }
        let days = cycle.daysLeft()
        return [
            "year": .int(cycle.year), "deadline": .string(Formatting.date(cycle.deadline)), "deadlineISO": .string(cycle.deadline),
            "note": cycle.note.map { .string($0) } ?? .null,
            "daysLeft": days.map { .string($0 < 0 ? "passed \(-$0) days ago" : $0 == 0 ? "due today" : "\($0) days left") } ?? .null,
            "isOverdue": .bool((days ?? 0) < 0),
        ]
    }
}
