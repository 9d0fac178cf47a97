import Foundation

/// The office's Mayor Briefs (`pages/workspace/briefs/index`): the cycle, this year's brief, and every
/// brief with what the reviewers ask of it.
struct BriefListPage: Encodable {
    struct Row: Encodable {
        let brief: BriefHeaderView
        /// The review that sent the brief back for changes, if it was.
        let ask: BriefReviewView?
    }

    let city: String
    let briefs: [Row]
    let hasBriefs: Bool
    let cycle: BriefCycleView?
    /// The brief of the open cycle's year, once started.
    let current: BriefHeaderView?
    let canStart: Bool
    let newHref = Paths.briefNew.href
    let unread: Int
    let hasUnread: Bool
    /// After a draft was deleted.
    let deleted: Bool
    let workspaceNav = WorkspaceNavView(.briefs)

    init(_ list: BriefOfficeList, today: Date, deleted: Bool) {
        let current = list.cycle.flatMap { cycle in list.briefs.first { $0.year == cycle.year } }
        city = list.cityName
        briefs = list.briefs.map { Row(brief: BriefHeaderView($0), ask: list.asks[$0.id].map(BriefReviewView.init)) }
        hasBriefs = !list.briefs.isEmpty
        cycle = list.cycle.map { BriefCycleView($0, today: today) }
        self.current = current.map(BriefHeaderView.init)
        canStart = list.cycle != nil && current == nil
        unread = list.unread
        hasUnread = list.unread > 0
        self.deleted = deleted
    }
}
