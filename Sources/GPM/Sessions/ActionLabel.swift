/// How an action is named on the pages: its short title when it has one (migration 0020; staff edit it, and
/// the editors wrote one for each action the papers left untitled), else the title the papers print, else
/// "Action 3.2" (session number, position).
enum ActionLabel {
    static func title(_ title: String?, shortTitle: String? = nil, sessionNumber: Int?, position: Int) -> String {
        if let shortTitle, !shortTitle.isEmpty { return shortTitle }
        if let title, !title.isEmpty { return title }
        if let sessionNumber { return "Action \(sessionNumber).\(position)" }
        return "Action \(position)"
    }
}
