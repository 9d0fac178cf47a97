/// A file over the upload limit (`pages/workspace/briefs/too-large`): what the limit is, and the way back.
struct BriefTooLargePage: Encodable {
    let message: String
    let backHref: String
    let maxFileSize: String
    let workspaceNav = WorkspaceNavView(.briefs)

    init(message: String, briefID: Int, messages: Messages) {
        self.message = message
        maxFileSize = BriefFileView.maxFileSize(messages)
        backHref = Paths.briefEdit.href(briefID) + "#files"
    }
}
