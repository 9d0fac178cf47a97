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

    init(_ file: BriefAttachment, removable briefID: Int? = nil) {
        filename = file.filename
        href = file.downloadPath
        type = AttachmentKind(contentType: file.contentType).map { $0.rawValue.uppercased() } ?? file.contentType
        size = Self.size(file.size)
        removeAction = briefID.map { Paths.briefAttachmentRemove.href($0, file.sha256) }
        sha256 = file.sha256
    }

    /// "1.2 MB", "340 KB", "12 bytes".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }

    /// The limit the upload form states, "10 MB".
    static var maxFileSize: String { "\(AttachmentPolicy.maxFileSize >> 20) MiB" }
}
