import Foundation

/// The office's Mayor Briefs (`pages/workspace/briefs/index`): each open cycle (two while last year's is
/// still open for late offices) with its brief or a way to start it or to declare "no brief this year",
/// and every brief with what the reviewers ask of it.
struct BriefListPage: Encodable {
    struct Row: Encodable {
        let brief: BriefHeaderView
        /// The review that sent the brief back for changes, if it was.
        let ask: BriefReviewView?
        /// "by 31 March 2027" for a brief of an open cycle.
        let dueBy: String?
    }

    /// The office's "no brief this year" for one cycle.
    struct Declared: Encodable {
        let reason: String
        let by: String
        let at: String
    }

    /// One open cycle: its dates, the city's brief for it or the ways to begin, and the declaration.
    struct CycleSection: Encodable {
        let cycle: BriefCycleView
        let brief: BriefHeaderView?
        let canStart: Bool
        let newHref: String
        let declared: Declared?
        /// No brief submitted yet and nothing declared: the office may declare.
        let canDeclare: Bool
        let reason: String
        let reasonError: String?
        let declareAction = Paths.briefNoBrief.href
        let undoAction = Paths.briefNoBriefUndo.href
    }

    /// A declaration form as sent, when it was refused.
    struct DeclarationInput: Sendable {
        let year: Int
        let reason: String
        let error: String
    }

    let city: String
    let briefs: [Row]
    let hasBriefs: Bool
    let cycles: [CycleSection]
    let hasCycles: Bool
    let unread: Int
    let hasUnread: Bool
    /// `unread` for the plural message.
    let unreadCount: PluralCount
    /// After a draft was deleted.
    let deleted: Bool
    /// After a declaration or its undoing.
    let notice: String?
    let workspaceNav = WorkspaceNavView(.briefs)

    init(_ list: BriefOfficeList, deleted: Bool, notice: String?, declaration: DeclarationInput? = nil, messages: Messages) {
        city = list.cityName
        let due = Dictionary(list.cycles.map { ($0.year, "by " + Formatting.date($0.deadline)) }, uniquingKeysWith: { first, _ in first })
        briefs = list.briefs.map { Row(brief: BriefHeaderView($0, messages: messages), ask: list.asks[$0.id].map { BriefReviewView($0, messages: messages) }, dueBy: due[$0.year]) }
        hasBriefs = !list.briefs.isEmpty
        cycles = list.cycles.map { cycle in
            let brief = list.briefs.first { $0.year == cycle.year }
            let declared = list.declarations[cycle.year].map {
                Declared(reason: $0.reason, by: $0.declaredBy, at: Formatting.storedTimestamp($0.at))
            }
            let sent = declaration?.year == cycle.year ? declaration : nil
            return CycleSection(
                cycle: BriefCycleView(cycle, today: list.today, messages: messages), brief: brief.map { BriefHeaderView($0, messages: messages) },
                canStart: brief == nil && declared == nil,
                newHref: Paths.briefNew.href(QueryString([("year", String(cycle.year))])), declared: declared,
                canDeclare: declared == nil && (brief == nil || brief?.status == .draft), reason: sent?.reason ?? "", reasonError: sent?.error)
        }
        hasCycles = !list.cycles.isEmpty
        unread = list.unread
        hasUnread = list.unread > 0
        unreadCount = PluralCount(count: list.unread)
        self.deleted = deleted
        self.notice = notice
    }
}
