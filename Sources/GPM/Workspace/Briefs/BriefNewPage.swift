import Foundation

/// Starting a cycle's brief (`pages/workspace/briefs/new`): empty or from last year's, or a pointer to
/// the brief the city already has.
struct BriefNewPage: Encodable {
    let cycle: BriefCycleView?
    /// The city's brief for the cycle's year, when it has one.
    let existing: BriefHeaderView?
    /// The latest earlier brief, offered as a start.
    let previous: BriefHeaderView?
    /// Why the draft was not created.
    let message: String?
    let formAction = Paths.briefNew.href
    let workspaceNav = WorkspaceNavView(.briefs)

    init(cycle: ReportingCycle?, existing: BriefRecord?, previous: BriefRecord?, today: String, message: String?, messages: Messages) {
        self.cycle = cycle.map { BriefCycleView($0, today: today, messages: messages) }
        self.existing = existing.map { BriefHeaderView($0, messages: messages) }
        self.previous = previous.map { BriefHeaderView($0, messages: messages) }
        self.message = message
    }
}
