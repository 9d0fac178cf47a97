/// Asking before a draft is deleted (`pages/workspace/briefs/delete`).
struct BriefDeletePage: Encodable {
    let brief: BriefHeaderView
    let deleteHref: String
    let fileCount: Int
    let hasFiles: Bool
    /// `fileCount` for the plural message.
    let files: PluralCount
    let workspaceNav = WorkspaceNavView(.briefs)

    init(_ brief: BriefRecord, files: [BriefAttachment], messages: Messages) {
        self.brief = BriefHeaderView(brief, messages: messages)
        deleteHref = Paths.briefDelete.href(brief.id)
        fileCount = files.count
        hasFiles = !files.isEmpty
        self.files = PluralCount(count: files.count)
    }
}
