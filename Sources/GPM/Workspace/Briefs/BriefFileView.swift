import Foundation

/// A file of a brief: its download link, type and size, and (on the edit form) the action that removes it.
struct BriefFileView: Encodable {
    let filename: String
    let href: String
    /// "PDF", "PNG", … (the stored content type when it is none of the accepted kinds).
    let type: String
    let size: String
    /// Only on the edit form; nil where files are only listed.
    let removeAction: String?
    /// The value of the edit form's "remove" button for this file (its hash).
    let sha256: String

    init(_ file: BriefAttachment, removable briefID: Int? = nil, messages: Messages) {
        filename = file.filename
        href = file.downloadPath
        type = AttachmentKind(contentType: file.contentType).map { $0.rawValue.uppercased() } ?? file.contentType
        size = Formatting.fileSize(file.size, messages)
        removeAction = briefID.map { Paths.briefAttachmentRemove.href($0, file.sha256) }
        sha256 = file.sha256
    }

    /// The limit the upload form states, "20 MB" ("20 Mo").
    static func maxFileSize(_ messages: Messages) -> String { Formatting.fileSize(AttachmentPolicy.maxFileSize, messages) }
}
