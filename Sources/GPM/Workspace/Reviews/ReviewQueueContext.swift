import Foundation
import Mustache

/// The review queue's view model: the three sections and the words for due dates.
enum ReviewQueueContext {
    static func page(_ queue: ReviewQueue) throws -> [String: MustacheValue] {
        let (awaiting, changesRequested, published, today) = (queue.awaiting, queue.changesRequested, queue.published, queue.today)
        return [
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.reviews)),
            "awaiting": .array(awaiting.map { row($0, today: today) }),
            "hasAwaiting": .bool(!awaiting.isEmpty),
            "awaitingCount": .int(awaiting.count),
            "changesRequested": .array(changesRequested.map { row($0, today: today) }),
            "hasChangesRequested": .bool(!changesRequested.isEmpty),
            "published": .array(published.map { row($0, today: today) }),
            "hasPublished": .bool(!published.isEmpty),
        ]
    }

    static func row(_ item: ReviewQueueItem, today: Date) -> MustacheValue {
        var entry: [String: MustacheValue] = [
            "href": .string(Paths.review.href(item.id)),
            "city": .string(item.cityName), "year": .int(item.year),
            "title": .string(item.title.isEmpty ? "Untitled draft" : item.title),
            "submittedAt": .string(item.submittedAt.map(timestamp) ?? "—"),
            "submittedISO": .string(item.submittedAt ?? ""),
            "submission": .string(submission(item.versionNumber)),
            "deadline": .string(item.deadline.map(Formatting.date) ?? "no reporting cycle"),
            "publishedAt": .string(item.publishedAt.map(timestamp) ?? "—"),
            "publicHref": .string(Paths.publishedBrief.href(item.citySlug, item.year)),
        ]
        if let deadline = item.deadline,
           let days = ReportingCycle(year: item.year, deadline: deadline, note: nil, version: 0).daysLeft(today: today) {
            entry["daysLeft"] = .string(daysLeft(days))
            entry["isOverdue"] = .bool(days < 0)
        } else {
            entry["daysLeft"] = "—"
        }
        if let at = item.lastReviewAt { entry["reviewedAt"] = .string(timestamp(at)) }
        if let comment = item.lastReviewComment, !comment.isEmpty {
            entry["reviewComment"] = .string(comment.count > 160 ? String(comment.prefix(157)) + "…" : comment)
        }
        return .dictionary(entry)
    }

    /// "first submission", "resubmission (version 3)".
    static func submission(_ number: Int?) -> String {
        switch number {
        case nil: "—"
        case 1?: "first submission (version 1)"
        case let number?: "resubmission (version \(number))"
        }
    }

    static func daysLeft(_ days: Int) -> String {
        days > 1 ? "\(days) days" : days == 1 ? "1 day" : days == 0 ? "due today" : days == -1 ? "1 day overdue" : "\(-days) days overdue"
    }

    /// '2026-03-02T14:05:09Z' → "2 March 2026, 14:05 UTC".
    static func timestamp(_ text: String) -> String {
        guard text.count >= 16, text.dropFirst(10).first == "T" else { return Formatting.date(text) }
        return Formatting.date(String(text.prefix(10))) + ", " + text.dropFirst(11).prefix(5) + " UTC"
    }
}
