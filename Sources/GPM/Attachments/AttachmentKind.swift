import HTTP

/// The kinds of file a Mayor Brief may carry, recognised by their first bytes ("magic numbers"),
/// never by the client's Content-Type or the file name: a renamed executable or an HTML page
/// posing as a PDF is refused, and every stored file is served with a type that is known safe.
enum AttachmentKind: String, Sendable, CaseIterable {
    case pdf, png, jpeg, gif, webp

    var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .webp: "image/webp"
        }
    }

    /// File name endings that match this kind; the first is added to names that lack one.
    var extensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg"]
        case .gif: ["gif"]
        case .webp: ["webp"]
        }
    }

    var isImage: Bool { self != .pdf }

    init?(contentType: String) {
        guard let kind = Self.allCases.first(where: { $0.contentType == contentType }) else { return nil }
        self = kind
    }

    /// The kind whose signature starts `bytes`, or nil.
    static func sniff(_ bytes: some Collection<UInt8>) -> AttachmentKind? {
        let head = Array(bytes.prefix(12))
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + signature.count && Array(head[offset..<(offset + signature.count)]) == signature
        }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        return nil
    }

    /// The kind of `bytes`, or `AttachmentRefusal.unsupportedType` (415, saying what is accepted).
    static func detect(_ bytes: some Collection<UInt8>, filename: String) throws -> AttachmentKind {
        guard let kind = sniff(bytes) else { throw AttachmentRefusal.unsupportedType(filename: filename) }
        return kind
    }

    /// `name` with an ending that matches this kind (`scan.html` → `scan.html.png`), so a
    /// downloaded file never opens as something other than what it is.
    func filename(_ name: String) -> String {
        let sanitised = UploadFilename.sanitized(name)
        if let dot = sanitised.lastIndex(of: "."), extensions.contains(sanitised[sanitised.index(after: dot)...].lowercased()) {
            return sanitised
        }
        return sanitised + "." + extensions[0]
    }
}
