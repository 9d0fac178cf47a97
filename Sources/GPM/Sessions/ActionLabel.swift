/// How an action is named on the pages. Some papers print no title for their actions; those read
/// "Action 3.2" (session number, position) followed by the text.
enum ActionLabel {
    static func title(_ title: String?, sessionNumber: Int?, position: Int) -> String {
        if let title, !title.isEmpty { return title }
        if let sessionNumber { return "Action \(sessionNumber).\(position)" }
        return "Action \(position)"
    }
}
