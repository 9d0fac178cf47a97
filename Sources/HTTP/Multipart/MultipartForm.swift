/// A parsed `multipart/form-data` submission: text fields read like `FormFields`, files by name.
///
/// ```swift
/// router.post("/briefs/:id/attachments", maxBodySize: 21 << 20) { request in
///     let form = try request.multipartForm()
///     let title = form["title"] ?? ""
///     for file in form.files(named: "attachment") { store(file.filename!, file.body) }
///     ...
/// }
/// ```
public struct MultipartForm: Sendable {
    /// Every part in body order, fields and files.
    public let parts: [MultipartPart]
    /// The text fields (parts without a file name), values decoded as UTF-8, in order.
    public let fields: [FormFields.Field]

    /// Parses `body` framed by the boundary of `contentType` (the request's Content-Type).
    /// Throws `HTTPError` 415 when it is not `multipart/form-data`, 400 when the boundary is missing
    /// or invalid, the framing is broken or a field is not UTF-8, 413 when a limit is exceeded.
    public init(body: [UInt8], contentType: String?, limits: MultipartLimits = .default) throws {
        let boundary = try Self.boundary(contentType: contentType)
        parts = try MultipartParser(boundary: Array(boundary.utf8), limits: limits).parse(body)
        fields = try parts.filter { !$0.isFile }.map { part in
            guard let value = String(validating: part.body, as: UTF8.self) else {
                throw HTTPError(.badRequest, "The field “\(part.name)” is not valid UTF-8 text.")
            }
            return (name: part.name, value: value)
        }
    }

    /// The boundary parameter of a `multipart/form-data` Content-Type, checked against RFC 2046
    /// (1–70 characters from its set, not ending in a space).
    public static func boundary(contentType: String?) throws -> String {
        guard let contentType, !contentType.isEmpty else {
            throw HTTPError(.unsupportedMediaType, "Expected a multipart/form-data upload, but the request has no Content-Type.")
        }
        let parsed = try HeaderParameters(parsing: contentType)
        guard parsed.value == "multipart/form-data" else {
            throw HTTPError(.unsupportedMediaType, "Expected a multipart/form-data upload.")
        }
        guard let boundary = parsed["boundary"] else {
            throw HTTPError(.badRequest, "The multipart/form-data Content-Type has no boundary.")
        }
        guard (1...70).contains(boundary.utf8.count), boundary.utf8.allSatisfy(isBoundaryCharacter), boundary.utf8.last != 0x20 else {
            throw HTTPError(.badRequest, "The multipart boundary is invalid (1 to 70 letters, digits or '()+_,-./:=? ).")
        }
        return boundary
    }

    /// `bchars` of RFC 2046 §5.1.1.
    private static func isBoundaryCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        default: Array("'()+_,-./:=? ".utf8).contains(byte)
        }
    }

    /// The first value of text field `name`.
    public subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of text field `name`, in order.
    public func values(for name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// The files sent under `name`, in order; a file input left empty (no file chosen) is skipped.
    /// A chosen file with no content is kept: whether that is acceptable is the feature's call.
    public func files(named name: String) -> [MultipartPart] {
        parts.filter { $0.name == name && $0.isFile && !$0.isEmptyFileInput }
    }

    /// The first file sent under `name`, if any.
    public func file(named name: String) -> MultipartPart? { files(named: name).first }

    /// The text fields as `FormFields`, so code written for url-encoded forms reads both.
    public var textFields: FormFields {
        let encoded = fields.map { PercentDecoding.encode($0.name) + "=" + PercentDecoding.encode($0.value) }.joined(separator: "&")
        // Encoding what was just decoded cannot produce a malformed escape.
        return (try? FormFields(urlEncoded: encoded)) ?? FormFields()
    }
}

extension Request {
    /// The body parsed as `multipart/form-data` within `limits`; see `MultipartForm.init`.
    /// The route's `maxBodySize` must leave room for the files (the server's default is small).
    public func multipartForm(limits: MultipartLimits = .default) throws -> MultipartForm {
        try MultipartForm(body: body, contentType: headers["Content-Type"], limits: limits)
    }
}
