/// Splits a `multipart/form-data` body into parts (RFC 7578 on the framing of RFC 2046 §5.1).
///
/// The body is scanned for the delimiter `CRLF "--" boundary` with `BytePattern`; a match only
/// counts when it is followed by `--` (the close delimiter) or optional spaces and CRLF, so the
/// boundary string may appear in content. Bytes before the first boundary (preamble) and after
/// the close delimiter (epilogue) are ignored. Every limit is checked as soon as it can be, and
/// every failure is an `HTTPError` (400 malformed, 413 too large) with a message for a person.
struct MultipartParser {
    let boundary: [UInt8]
    let limits: MultipartLimits

    private static let crlf: [UInt8] = [13, 10]
    private static let headerEnd = BytePattern([13, 10, 13, 10])

    /// A delimiter found in the body.
    private struct Delimiter {
        /// Where the delimiter starts (its CRLF, or the body's start for the first one).
        let start: Int
        /// Where the next part's bytes start (after the boundary line), or the epilogue.
        let next: Int
        let isClose: Bool
    }

    /// Where one part's header block and content lie in the body.
    private struct PartLayout {
        let headers: Range<Int>
        let body: Range<Int>
    }

    func parse(_ body: [UInt8]) throws -> [MultipartPart] {
        let delimiter = BytePattern(Self.crlf + Array("--".utf8) + boundary)
        let layouts = try body.withUnsafeBufferPointer { buffer -> [PartLayout] in
            var layouts: [PartLayout] = []
            var current = try firstDelimiter(in: buffer, delimiter: delimiter)
            while !current.isClose {
                guard layouts.count < limits.maxParts else {
                    throw HTTPError(.contentTooLarge, "The form has too many parts (at most \(limits.maxParts)).")
                }
                let following = try nextDelimiter(in: buffer, delimiter: delimiter, from: current.next)
                layouts.append(try layout(in: buffer, content: current.next..<following.start))
                current = following
            }
            return layouts
        }
        return try layouts.map { try part(body, $0) }
    }

    /// The first boundary: `--boundary` at the very start, or a delimiter after a preamble.
    private func firstDelimiter(in buffer: UnsafeBufferPointer<UInt8>, delimiter: BytePattern) throws -> Delimiter {
        let dashBoundary = BytePattern(Array("--".utf8) + boundary)
        if dashBoundary.matches(in: buffer, at: 0), let found = try boundaryLine(in: buffer, start: 0, after: dashBoundary.count) {
            return found
        }
        return try nextDelimiter(in: buffer, delimiter: delimiter, from: 0)
    }

    private func nextDelimiter(in buffer: UnsafeBufferPointer<UInt8>, delimiter: BytePattern, from start: Int) throws -> Delimiter {
        var position = start
        while let offset = delimiter.firstOffset(in: buffer, from: position) {
            if let found = try boundaryLine(in: buffer, start: offset, after: offset + delimiter.count) { return found }
            position = offset + 1
        }
        throw HTTPError(.badRequest, "The upload is incomplete: the form's final boundary is missing.")
    }

    /// What follows a boundary match at `after`: `--` closes, optional padding then CRLF opens a
    /// part, anything else means the match was content. Running out of bytes means a cut-off body.
    private func boundaryLine(in buffer: UnsafeBufferPointer<UInt8>, start: Int, after: Int) throws -> Delimiter? {
        var index = after
        let truncated = HTTPError(.badRequest, "The upload is incomplete: the form's final boundary is missing.")
        guard index < buffer.count else { throw truncated }
        if buffer[index] == UInt8(ascii: "-") {
            guard index + 1 < buffer.count else { throw truncated }
            return buffer[index + 1] == UInt8(ascii: "-") ? Delimiter(start: start, next: index + 2, isClose: true) : nil
        }
        while index < buffer.count, buffer[index] == UInt8(ascii: " ") || buffer[index] == UInt8(ascii: "\t") { index += 1 }
        guard index + 1 < buffer.count else { throw truncated }
        guard buffer[index] == 13, buffer[index + 1] == 10 else { return nil }
        return Delimiter(start: start, next: index + 2, isClose: false)
    }

    /// Splits a part's bytes into its header block and its content at the first blank line. A part
    /// that starts with CRLF has no headers. The search never looks past `maxHeaderBytes`.
    private func layout(in buffer: UnsafeBufferPointer<UInt8>, content: Range<Int>) throws -> PartLayout {
        if content.count >= 2, buffer[content.lowerBound] == 13, buffer[content.lowerBound + 1] == 10 {
            return PartLayout(headers: content.lowerBound..<content.lowerBound, body: (content.lowerBound + 2)..<content.upperBound)
        }
        let window = min(content.upperBound, content.lowerBound + limits.maxHeaderBytes + 4)
        if let end = Self.headerEnd.firstOffset(in: buffer, from: content.lowerBound, to: window) {
            return PartLayout(headers: content.lowerBound..<end, body: (end + 4)..<content.upperBound)
        }
        if content.count > limits.maxHeaderBytes + 4 {
            throw HTTPError(.contentTooLarge, "A part of the form has too many header bytes (at most \(limits.maxHeaderBytes)).")
        }
        throw HTTPError(.badRequest, "A part of the form has no blank line after its headers.")
    }

    private func part(_ body: [UInt8], _ layout: PartLayout) throws -> MultipartPart {
        let headers = try Self.headers(body[layout.headers])
        guard let dispositionHeader = headers["Content-Disposition"] else {
            throw HTTPError(.badRequest, "A part of the form has no Content-Disposition header.")
        }
        let disposition = try HeaderParameters(parsing: dispositionHeader)
        guard disposition.value == "form-data", let name = disposition["name"] else {
            throw HTTPError(.badRequest, "A part of the form is not a named form-data field.")
        }
        let original = disposition.extendedValue("filename") ?? disposition["filename"]
        let filename = original.map(UploadFilename.sanitized)
        let bodyRange = layout.body
        if let filename {
            guard bodyRange.count <= limits.maxFileSize else {
                throw HTTPError(
                    .contentTooLarge,
                    "The file “\(filename)” is too large: files may be at most \(MultipartLimits.describe(bytes: limits.maxFileSize)).")
            }
        } else if bodyRange.count > limits.maxFieldSize {
            throw HTTPError(
                .contentTooLarge,
                "The field “\(name)” is too long: at most \(MultipartLimits.describe(bytes: limits.maxFieldSize)).")
        }
        return MultipartPart(name: name, filename: filename, originalFilename: original, headers: headers, body: body[bodyRange])
    }

    /// `Name: value` lines separated by CRLF; folded lines, bare CR/LF and invalid UTF-8 are refused.
    private static func headers(_ bytes: ArraySlice<UInt8>) throws -> HTTPHeaders {
        var headers = HTTPHeaders()
        guard !bytes.isEmpty else { return headers }
        let malformed = HTTPError(.badRequest, "A part of the form has a malformed header.")
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 13 {
                guard index + 1 < bytes.endIndex, bytes[index + 1] == 10 else { throw malformed }
                lines.append(bytes[lineStart..<index])
                index += 2
                lineStart = index
            } else {
                guard bytes[index] != 10 else { throw malformed }
                index += 1
            }
        }
        lines.append(bytes[lineStart..<bytes.endIndex])
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[line.startIndex] != UInt8(ascii: " "), line[line.startIndex] != UInt8(ascii: "\t"),
                let name = String(validating: line[line.startIndex..<colon], as: UTF8.self),
                let value = String(validating: line[(colon + 1)...], as: UTF8.self),
                !name.contains(" "), !name.contains("\t")
            else { throw malformed }
            headers.add(name, String(value.trimmingOWS()))
        }
        return headers
    }
}
