/// The bounds a multipart body is parsed within. The route's `maxBodySize` caps the whole body
/// before it is read; these cap what is inside it, so one request cannot make the parser build
/// thousands of parts or hand a handler a file larger than the feature accepts.
public struct MultipartLimits: Sendable, Equatable {
    /// Parts of any kind (fields and files); one more answers 413.
    public var maxParts: Int
    /// Bytes of one part's header block (up to the blank line); more answers 413.
    public var maxHeaderBytes: Int
    /// Bytes of one file part's content; more answers 413 naming the file.
    public var maxFileSize: Int
    /// Bytes of one text field's value; more answers 413 naming the field.
    public var maxFieldSize: Int

    public init(maxParts: Int = 100, maxHeaderBytes: Int = 8 * 1024, maxFileSize: Int = 20 << 20, maxFieldSize: Int = 1 << 20) {
        self.maxParts = maxParts
        self.maxHeaderBytes = maxHeaderBytes
        self.maxFileSize = maxFileSize
        self.maxFieldSize = maxFieldSize
    }

    /// 100 parts, 8 KiB of headers per part, 20 MiB per file, 1 MiB per text field.
    public static let `default` = MultipartLimits()

    /// "20 MiB", "512 KiB" (binary units: the limit is counted in them), "300 bytes": limits as a person reads them in an error message.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
