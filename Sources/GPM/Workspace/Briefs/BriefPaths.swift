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
    static let briefEdit = Path1<Int>("/workspace/briefs/:id/edit", query: ["created", "saved", "uploaded", "removed"])
    static let briefDelete = Path1<Int>("/workspace/briefs/:id/delete", query: [])
    static let briefAttachments = Path1<Int>("/workspace/briefs/:id/attachments")
    static let briefAttachmentRemove = Path2<Int, String>("/workspace/briefs/:id/attachments/:sha256/remove")
    static let notifications = Path("/workspace/notifications", query: [])
    static let notificationsRead = Path("/workspace/notifications/read")
}
