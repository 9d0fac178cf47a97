/// Where a Mayor Brief stands in its yearly cycle (the `mayor_briefs.status` column).
/// Only `published` is public; `withdrawn` is final and keeps `published_at`.
public enum BriefStatus: String, Sendable, CaseIterable {
    case draft
    case submitted
    case changesRequested = "changes_requested"
    case published
    case withdrawn

    /// The words an office or a reviewer reads, in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .draft: messages.t("Draft")
        case .submitted: messages.t("Submitted, awaiting review")
        case .changesRequested: messages.t("Changes requested")
        case .published: messages.t("Published", context: "brief")
        case .withdrawn: messages.t("Withdrawn", context: "brief")
        }
    }

    /// The English words (error messages and pages not yet given their `Messages`).
    public var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The badge modifier used beside the label (`badge--ok`, …).
    public var badge: String {
        switch self {
        case .draft: "muted"
        case .submitted: "warn"
        case .changesRequested: "bad"
        case .published: "ok"
        case .withdrawn: "muted"
        }
    }

    /// The office may change the text, links and files only while the brief is in its hands.
    public var isEditableByOffice: Bool { self == .draft || self == .changesRequested }
}

/// A step of the workflow. Editing is not a step (the status stays); see `BriefStateMachine.canEdit`.
public enum BriefTransition: String, Sendable, CaseIterable {
    /// The office sends the brief for review (from a draft, or again after changes were requested).
    case submit
    /// The secretariat sends it back with comments.
    case requestChanges = "request_changes"
    /// The secretariat approves it as a best practice.
    case publish
    /// The secretariat takes a published brief off the public pages.
    case withdraw
    /// The office deletes a draft that was never submitted.
    case delete

    /// The audit log's action name for this step.
    public var auditAction: AuditAction { AuditAction(rawValue) }
}

/// The rules of the Mayor Brief workflow as pure functions: which step is allowed from which status,
/// where it leads, and who may take it. `BriefService` enforces them against the database; pages use
/// them to show only the buttons that would work.
///
/// | from \ step        | submit    | request_changes    | publish   | withdraw  | delete |
/// |--------------------|-----------|--------------------|-----------|-----------|--------|
/// | draft              | submitted | —                  | —         | —         | (gone) |
/// | submitted          | —         | changes_requested  | published | —         | —      |
/// | changes_requested  | submitted | —                  | —         | —         | —      |
/// | published          | —         | —                  | —         | withdrawn | —      |
/// | withdrawn          | —         | —                  | —         | —         | —      |
///
/// submit and delete (and editing) belong to the office of the brief's city (`Permission.fileBrief`);
/// request_changes, publish and withdraw to the secretariat (`Permission.reviewBriefs`).
public enum BriefStateMachine {
    /// The status `transition` leads to from `status`, or nil when the step is not allowed there.
    /// For `delete` the "target" is `draft` (the row is removed, there is no next status).
    public static func target(of transition: BriefTransition, from status: BriefStatus) -> BriefStatus? {
        switch (status, transition) {
        case (.draft, .submit), (.changesRequested, .submit): .submitted
        case (.submitted, .requestChanges): .changesRequested
        case (.submitted, .publish): .published
        case (.published, .withdraw): .withdrawn
        case (.draft, .delete): .draft
        default: nil
        }
    }

    /// The steps allowed from `status`, whoever takes them.
    public static func transitions(from status: BriefStatus) -> [BriefTransition] {
        BriefTransition.allCases.filter { target(of: $0, from: status) != nil }
    }

    /// The permission a step needs on a brief of city `cityID`.
    public static func permission(for transition: BriefTransition, cityID: Int) -> Permission {
        switch transition {
        case .submit, .delete: .fileBrief(cityID)
        case .requestChanges, .publish, .withdraw: .reviewBriefs
        }
    }

    /// True when `user` may take `transition` on a brief of `cityID` that is in `status`.
    public static func can(_ user: User?, _ transition: BriefTransition, status: BriefStatus, cityID: Int) -> Bool {
        target(of: transition, from: status) != nil && Policy.can(user, permission(for: transition, cityID: cityID))
    }

    /// True when `user` may change the brief's text, links and files now.
    public static func canEdit(_ user: User?, status: BriefStatus, cityID: Int) -> Bool {
        status.isEditableByOffice && Policy.can(user, .fileBrief(cityID))
    }

    /// True when `user` may read the brief in the workspace (any status): its city's office or the secretariat.
    public static func canView(_ user: User?, cityID: Int) -> Bool {
        Policy.can(user, .fileBrief(cityID)) || Policy.can(user, .reviewBriefs)
    }

    /// The next status, or the reason the step is refused: `.forbidden` when `user` lacks the right
    /// (checked first, so nothing about the brief's state leaks to someone who may not act on it),
    /// `.notAllowed` when the status does not permit the step.
    public static func check(_ transition: BriefTransition, status: BriefStatus, cityID: Int, user: User?) throws -> BriefStatus {
        guard Policy.can(user, permission(for: transition, cityID: cityID)) else { throw BriefWorkflowError.forbidden }
        guard let next = target(of: transition, from: status) else {
            throw BriefWorkflowError.notAllowed(transition: transition, status: status)
        }
        return next
    }
}
