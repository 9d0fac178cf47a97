import HTTP

/// One post of the brief's edit form, multipart (text, links and files) or url-encoded (text and links):
/// the `BriefForm`, the file to remove (the "Remove …" button pressed), and the files chosen, those over
/// `AttachmentPolicy.maxFileSize` set apart with the message that refuses them.
struct BriefDraftPost {
    let form: BriefForm
    /// The hash of the file whose "Remove" button was pressed.
    let remove: String?
    /// Files within the size limit, to attach.
    let acceptedFiles: [(bytes: ArraySlice<UInt8>, filename: String)]
    /// Why the files were not taken, when one is over the size limit (none is attached then).
    let oversize: AttachmentRefusal?
    /// Files were chosen: when the text is refused (stale, too long), they were not saved either.
    let hadFiles: Bool

    init(_ request: Request) throws {
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        let fields: FormFields
        var files: [MultipartPart] = []
        if type.hasPrefix("multipart/form-data") {
            let multipart = try request.multipartForm(limits: AttachmentPolicy.draftFormLimits)
            fields = multipart.textFields
            files = multipart.files(named: "file")
        } else {
            fields = try request.formFields()
        }
        form = BriefForm(fields)
        remove = fields["remove"].flatMap { AttachmentHash.isValid($0) ? $0 : nil }
        hadFiles = !files.isEmpty
        let oversized = files.filter { $0.size > AttachmentPolicy.maxFileSize }
        if let first = oversized.first {
            oversize = .tooLarge(filename: first.filename ?? "file", size: first.size)
            acceptedFiles = []
        } else {
            oversize = nil
            acceptedFiles = files.map { (bytes: $0.body, filename: $0.filename ?? "file") }
        }
    }

    /// The message next to the file input when the text was refused: the files were not saved either.
    func notSavedMessage(_ messages: Messages) -> String? {
        hadFiles ? messages.t("The files were not added because the brief was not saved; choose them again after fixing the form.") : nil
    }
}
