import HTTP

/// The limits of brief attachments, in one place for the upload form, the route and the parser.
enum AttachmentPolicy {
    /// The largest file a brief may carry (issue 7: "up to a limit such as 20 MiB each").
    static let maxFileSize = 20 << 20
    /// Files per upload request.
    static let maxFilesPerUpload = 10

    /// What the upload handler passes to `request.multipartForm(limits:)`.
    static let multipartLimits = MultipartLimits(maxParts: maxFilesPerUpload + 40, maxFileSize: maxFileSize)

    /// What the brief's edit form (text, every checkbox and the file input, one multipart post) is parsed
    /// with: room for all its fields, and files as large as the body may be, so an oversized file is
    /// refused with a message next to the file input while the text typed with it is still saved.
    static let draftFormLimits = MultipartLimits(maxParts: 400, maxFileSize: uploadBodyLimit)

    /// The upload route's `maxBodySize`: a few full-size files plus the form's text; beyond it the
    /// server answers 413 before reading the body.
    static let uploadBodyLimit = 3 * maxFileSize + (1 << 20)
}
