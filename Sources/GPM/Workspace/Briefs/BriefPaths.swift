import HTTP

/// The city office's Mayor Brief pages and forms, and its notifications.
extension Paths {
    /// `declared=<year>` / `undeclared=<year>` after "no brief this year" was declared or taken back.
    static let briefs = Path("/workspace/briefs", query: ["deleted", "declared", "undeclared"])
    /// `year=<year>`: the open cycle to start a brief in (default: the latest open one without a brief).
    static let briefNew = Path("/workspace/briefs/new", query: ["year"])
    static let briefNoBrief = Path("/workspace/briefs/no-brief")
    static let briefNoBriefUndo = Path("/workspace/briefs/no-brief/undo")
    static let brief = Path1<Int>("/workspace/briefs/:id", query: ["submitted"])
    static let briefSubmit = Path1<Int>("/workspace/briefs/:id/submit")
    static let briefEdit = Path1<Int>("/workspace/briefs/:id/edit", query: ["created", "saved", "uploaded", "removed", "kept", "check"])
    static let briefDelete = Path1<Int>("/workspace/briefs/:id/delete", query: [])
    static let briefAttachments = Path1<Int>("/workspace/briefs/:id/attachments")
    static let briefAttachmentRemove = Path2<Int, String>("/workspace/briefs/:id/attachments/:sha256/remove")
    static let notifications = Path("/workspace/notifications", query: [])
    static let notificationsRead = Path("/workspace/notifications/read")
}

extension Paths {
    /// The page a post belongs to, for the posts whose form is kept when the session expired
    /// (`KeptFormCapture`): the brief's edit form, whether it was saved or uploaded to.
    static func keptFormPage(_ request: Request) -> String? {
        guard let match = request.routeMatch, let pattern = match.pattern,
              pattern == briefEdit.pattern.text || pattern == briefAttachments.pattern.text,
              let id = match.pathParameters["id"].flatMap({ Int($0) })
        else { return nil }
        return briefEdit.href(id)
    }
}
