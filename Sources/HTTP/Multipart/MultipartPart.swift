/// One part of a `multipart/form-data` body: a text field or an uploaded file.
public struct MultipartPart: Sendable {
    /// The form control's name (`name` of Content-Disposition).
    public let name: String
    /// The sanitised file name for a file part (see `UploadFilename`); nil for a text field.
    /// `filename*` wins over `filename` when both are sent.
    public let filename: String?
    /// The file name exactly as sent (after unquoting), for logs; never use it as a path.
    public let originalFilename: String?
    /// The part's own header fields (Content-Disposition, Content-Type, …).
    public let headers: HTTPHeaders
    /// The content. A slice of the request body, so a large file is not copied; its indices are
    /// the body's (use `Array(part.body)` or `part.body.withUnsafeBytes` when offsets matter).
    public let body: ArraySlice<UInt8>

    /// The part's Content-Type as the client declared it; a hint only, never trust it for files.
    public var contentType: String? { headers["Content-Type"] }

    /// A file part: Content-Disposition named a file name (even an empty one).
    public var isFile: Bool { filename != nil }

    /// A file input left empty: browsers send `filename=""` and no content.
    public var isEmptyFileInput: Bool { originalFilename == "" && body.isEmpty }

    /// Byte count of the content.
    public var size: Int { body.count }
}
