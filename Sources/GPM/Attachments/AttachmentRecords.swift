/// A file kept in the blob store, as `store` reports it.
struct StoredAttachment: Sendable, Equatable {
    let sha256: String
    let kind: AttachmentKind
    let size: Int
    /// The sanitised name, with an ending that matches the kind.
    let filename: String
    /// False when identical bytes were already stored (nothing was written).
    let isNew: Bool
}

/// A file attached to a brief, for lists and links.
struct BriefAttachment: Sendable, Equatable {
    let id: Int
    let briefID: Int
    let sha256: String
    let filename: String
    let title: String
    let position: Int
    let contentType: String
    let size: Int

    /// `/attachments/<sha256>/<file name>`, percent-encoded.
    var downloadPath: String { Paths.attachment.href(sha256, filename) }
}

/// A stored file's bytes with the type they were sniffed as.
struct AttachmentBlob: Sendable {
    let sha256: String
    let contentType: String
    let bytes: [UInt8]
}

