/// A file over the upload limit (`pages/workspace/briefs/too-large`): what the limit is, and the way back.
struct BriefTooLargePage: Encodable {
    let message: String
    let backHref: String
    let maxFileSize = BriefFileView.maxFileSize
    let workspaceNav = WorkspaceNavView(.briefs)

    init(message: String, briefID: Int) {
        self.message = message
        backHref = Paths.briefEdit.href(briefID) + "#files"
    }
}
