import Foundation
import Testing
@testable import HTTP

/// Builds `multipart/form-data` bodies the way browsers frame them.
struct MultipartBody {
    var boundary = "----GPMFormBoundary7MA4YWxk"
    var bytes: [UInt8] = []

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) {
        part(disposition: #"form-data; name="\#(name)""#, content: Array(value.utf8))
    }

    mutating func file(_ name: String, filename: String, type: String = "application/octet-stream", _ content: [UInt8]) {
        part(disposition: #"form-data; name="\#(name)"; filename="\#(filename)""#, headers: ["Content-Type: \(type)"], content: content)
    }

    mutating func part(disposition: String, headers: [String] = [], content: [UInt8]) {
        bytes += Array("--\(boundary)\r\nContent-Disposition: \(disposition)\r\n".utf8)
        for header in headers { bytes += Array("\(header)\r\n".utf8) }
        bytes += Array("\r\n".utf8) + content + Array("\r\n".utf8)
    }

    mutating func raw(_ text: String) { bytes += Array(text.utf8) }

    func closed() -> [UInt8] { bytes + Array("--\(boundary)--\r\n".utf8) }

    func parse(limits: MultipartLimits = .default) throws -> MultipartForm {
        try MultipartForm(body: closed(), contentType: contentType, limits: limits)
    }
}

/// The HTTPError a parse throws, or nil when it succeeds.
func multipartError(_ body: [UInt8], contentType: String?, limits: MultipartLimits = .default) -> HTTPError? {
    do {
        _ = try MultipartForm(body: body, contentType: contentType, limits: limits)
        return nil
    } catch let error as HTTPError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

@Suite struct MultipartParserTests {
    @Test func readsTextFieldsLikeAURLEncodedForm() throws {
        var body = MultipartBody()
        body.field("title", "Clean air for Accra")
        body.field("theme", "climate")
        body.field("theme", "health")
        body.field("note", "line one\r\nline two — “quoted”")
        let form = try body.parse()
        #expect(form["title"] == "Clean air for Accra")
        #expect(form.values(for: "theme") == ["climate", "health"])
        #expect(form["note"] == "line one\r\nline two — “quoted”")
        #expect(form["missing"] == nil)
        #expect(form.textFields["note"] == "line one\r\nline two — “quoted”")
        #expect(form.textFields.values(for: "theme") == ["climate", "health"])
        #expect(form.files(named: "title").isEmpty)
    }

    @Test func readsAFileWithoutCopyingItsBytes() throws {
        let content: [UInt8] = Array("%PDF-1.7\r\n".utf8) + [0, 13, 10, 13, 10, 255, 45, 45] + Array(repeating: 0x41, count: 5000)
        var body = MultipartBody()
        body.field("title", "Report")
        body.file("attachment", filename: "report.pdf", type: "application/pdf", content)
        let bytes = body.closed()
        let form = try MultipartForm(body: bytes, contentType: body.contentType)
        let file = try #require(form.file(named: "attachment"))
        #expect(file.filename == "report.pdf")
        #expect(file.contentType == "application/pdf")
        #expect(Array(file.body) == content)
        #expect(file.size == content.count)
        #expect(file.headers["content-disposition"]?.hasPrefix("form-data") == true)
        #expect(form["attachment"] == nil)
        // The part is a window on the request body's storage, not a copy.
        let bodyBase = bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let partBase = file.body.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        #expect(partBase == bodyBase + UInt(file.body.startIndex))
    }

    @Test func boundaryStringInsideTheContentIsContent() throws {
        var body = MultipartBody()
        let tricky = "a--\(body.boundary) not after CRLF\r\n--\(body.boundary)X followed by a letter\r\n--\(body.boundary.dropLast()) cut short\r\n--"
        body.file("attachment", filename: "notes.txt", type: "text/plain", Array(tricky.utf8))
        body.field("after", "still here")
        let form = try body.parse()
        #expect(form.file(named: "attachment").map { String(decoding: $0.body, as: UTF8.self) } == tricky)
        #expect(form["after"] == "still here")
    }

    @Test func missingFinalBoundaryIsRefused() throws {
        var body = MultipartBody()
        body.field("title", "x")
        #expect(multipartError(body.bytes, contentType: body.contentType)?.status == .badRequest)
        #expect(multipartError(body.bytes + Array("--\(body.boundary)".utf8), contentType: body.contentType)?.status == .badRequest)
        #expect(multipartError(body.bytes + Array("--\(body.boundary)-".utf8), contentType: body.contentType)?.status == .badRequest)
        let error = multipartError(Array("--\(body.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc".utf8),
                                   contentType: body.contentType)
        #expect(error?.status == .badRequest)
        #expect(error?.message.contains("final boundary") == true)
        #expect(multipartError([], contentType: body.contentType)?.status == .badRequest)
    }

    @Test func aFileOverTheLimitIsRefusedWith413NamingIt() throws {
        var body = MultipartBody()
        body.file("attachment", filename: "big scan.pdf", Array(repeating: 7, count: 2048))
        let limits = MultipartLimits(maxFileSize: 1024)
        let error = try #require(multipartError(body.closed(), contentType: body.contentType, limits: limits))
        #expect(error.status == .contentTooLarge)
        #expect(error.message.contains("big scan.pdf"))
        #expect(error.message.contains("1 KiB"))
        #expect(multipartError(body.closed(), contentType: body.contentType, limits: MultipartLimits(maxFileSize: 2048)) == nil)
        // Exactly as stated: one byte over the limit is refused.
        #expect(multipartError(body.closed(), contentType: body.contentType, limits: MultipartLimits(maxFileSize: 2047))?.status == .contentTooLarge)

        var fields = MultipartBody()
        fields.field("summary", String(repeating: "x", count: 300))
        let fieldError = multipartError(fields.closed(), contentType: fields.contentType, limits: MultipartLimits(maxFieldSize: 299))
        #expect(fieldError?.status == .contentTooLarge)
        #expect(fieldError?.message.contains("summary") == true)
    }

    @Test func tooManyPartsAreRefused() throws {
        var body = MultipartBody()
        for index in 0..<10 { body.field("f\(index)", "\(index)") }
        #expect(try body.parse(limits: MultipartLimits(maxParts: 10)).fields.count == 10)
        body.field("one-more", "x")
        let error = multipartError(body.closed(), contentType: body.contentType, limits: MultipartLimits(maxParts: 10))
        #expect(error?.status == .contentTooLarge)
        #expect(error?.message.contains("too many parts") == true)
    }

    @Test(arguments: [
        (#"filename="C:\Users\ana\Desktop\b.pdf""#, "b.pdf"),
        (#"filename="../../x.pdf""#, "x.pdf"),
        (#"filename="/etc/passwd""#, "passwd"),
        (#"filename="say \"hi\"; then.pdf""#, #"say "hi"; then.pdf"#),
        (#"filename="résumé 東京 2024.pdf""#, "résumé 東京 2024.pdf"),
        (#"filename=plain.txt"#, "plain.txt"),
        (#"filename="x.pdf"; filename*=UTF-8''na%C3%AFve%20plan.pdf"#, "naïve plan.pdf"),
        (#"filename*=utf-8'en'%E2%82%AC%20rates.pdf; filename="EUR rates.pdf""#, "€ rates.pdf"),
        (#"filename*=ISO-8859-1''caf%E9.png"#, "café.png"),
        (#"filename*=UTF-8''a%01b%E2%80%AEc%7F.pdf"#, "abc.pdf"),
        (#"filename*=UTF-8''%ZZbad; filename="fallback.pdf""#, "fallback.pdf"),
        (#"filename="..""#, "file"),
        (#"filename="  spaced.pdf  ""#, "spaced.pdf"),
    ])
    func fileNamesAreSanitised(disposition: String, expected: String) throws {
        var body = MultipartBody()
        body.part(disposition: #"form-data; name="attachment"; "# + disposition, content: Array("data".utf8))
        let form = try body.parse()
        #expect(form.file(named: "attachment")?.filename == expected)
    }

    @Test func aLongFileNameIsShortenedKeepingItsExtension() {
        let name = UploadFilename.sanitized(String(repeating: "é", count: 300) + ".pdf")
        #expect(name.utf8.count <= UploadFilename.maxBytes)
        #expect(name.hasSuffix("é.pdf"))
    }

    @Test func contentTypeAndBoundaryAreChecked() throws {
        var body = MultipartBody()
        body.field("a", "1")
        let bytes = body.closed()
        #expect(multipartError(bytes, contentType: nil)?.status == .unsupportedMediaType)
        #expect(multipartError(bytes, contentType: "application/x-www-form-urlencoded")?.status == .unsupportedMediaType)
        #expect(multipartError(bytes, contentType: "multipart/form-data")?.status == .badRequest)
        #expect(multipartError(bytes, contentType: "multipart/form-data; boundary=")?.status == .badRequest)
        #expect(multipartError(bytes, contentType: "multipart/form-data; boundary=" + String(repeating: "a", count: 71))?.status == .badRequest)
        #expect(multipartError(bytes, contentType: "multipart/form-data; boundary=\"bad<char>\"")?.status == .badRequest)
        // Case-insensitive type, quoted boundary with spaces and colons (allowed by RFC 2046).
        var quoted = MultipartBody(boundary: "gc0p4Jq0M:2Yt08j 34c0p")
        quoted.field("a", "1")
        let form = try MultipartForm(body: quoted.closed(), contentType: #"Multipart/Form-Data; charset=utf-8; boundary="gc0p4Jq0M:2Yt08j 34c0p""#)
        #expect(form["a"] == "1")
        let seventy = String(repeating: "b", count: 70)
        var longest = MultipartBody(boundary: seventy)
        longest.field("a", "2")
        #expect(try longest.parse()["a"] == "2")
    }

    @Test func framingFollowsRFC2046() throws {
        var body = MultipartBody()
        body.raw("This is a preamble; ignore it.\r\n")
        body.raw("--\(body.boundary)  \t\r\n")  // transport padding after the boundary
        body.raw("Content-Disposition: form-data; name=\"a\"\r\n\r\nfirst\r\n")
        body.field("b", "\r\nstarts and ends with CRLF\r\n")
        var bytes = body.closed()
        bytes += Array("This is the epilogue.\r\n--\(body.boundary)\r\nnot a part".utf8)
        let form = try MultipartForm(body: bytes, contentType: body.contentType)
        #expect(form.fields.map(\.name) == ["a", "b"])
        #expect(form["a"] == "first")
        #expect(form["b"] == "\r\nstarts and ends with CRLF\r\n")

        // Bare LF line endings are not multipart framing.
        let lfOnly = "--\(body.boundary)\nContent-Disposition: form-data; name=\"a\"\n\nx\n--\(body.boundary)--\n"
        #expect(multipartError(Array(lfOnly.utf8), contentType: body.contentType)?.status == .badRequest)
        // A close delimiter alone is an empty form.
        #expect(try MultipartForm(body: Array("--\(body.boundary)--".utf8), contentType: body.contentType).parts.isEmpty)
    }

    @Test func malformedPartsAreRefused() throws {
        for disposition in ["attachment; name=\"a\"", "form-data", "form-data; name=\"unterminated", "form-data; name"] {
            var body = MultipartBody()
            body.part(disposition: disposition, content: Array("x".utf8))
            #expect(multipartError(body.closed(), contentType: body.contentType)?.status == .badRequest, "\(disposition)")
        }
        let boundary = MultipartBody().boundary
        for raw in [
            "--\(boundary)\r\n\r\nno headers\r\n--\(boundary)--",
            "--\(boundary)\r\nContent-Disposition form-data\r\n\r\nx\r\n--\(boundary)--",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n continued\r\n\r\nx\r\n--\(boundary)--",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\nx\r\n--\(boundary)--",
        ] {
            #expect(multipartError(Array(raw.utf8), contentType: MultipartBody().contentType)?.status == .badRequest, "\(raw)")
        }
        var huge = MultipartBody()
        huge.part(disposition: "form-data; name=\"a\"", headers: ["X-Padding: " + String(repeating: "p", count: 200)], content: [])
        let error = multipartError(huge.closed(), contentType: huge.contentType, limits: MultipartLimits(maxHeaderBytes: 100))
        #expect(error?.status == .contentTooLarge)
    }

    @Test func invalidUTF8InAFieldIsRefused() throws {
        var body = MultipartBody()
        body.part(disposition: "form-data; name=\"title\"", content: [0x41, 0xC3, 0x28])
        let error = multipartError(body.closed(), contentType: body.contentType)
        #expect(error?.status == .badRequest)
        #expect(error?.message.contains("title") == true)
        // The same bytes in a file part are fine: files are bytes.
        var file = MultipartBody()
        file.file("f", filename: "a.bin", [0x41, 0xC3, 0x28])
        #expect(try file.parse().file(named: "f")?.size == 3)
    }

    @Test func emptyFileInputsAndEmptyFiles() throws {
        var body = MultipartBody()
        body.file("attachment", filename: "", [])          // no file chosen
        body.file("attachment", filename: "empty.txt", [])  // a chosen, empty file
        body.part(disposition: #"form-data; name="other"; filename="""#, content: Array("unnamed".utf8))
        let form = try body.parse()
        #expect(form.parts.count == 3)
        #expect(form.files(named: "attachment").map(\.filename) == ["empty.txt"])
        #expect(form.file(named: "attachment")?.body.isEmpty == true)
        #expect(form.file(named: "other")?.filename == "file")
        #expect(form.fields.isEmpty)
    }

    @Test func bytePatternFindsWhatANaiveScanFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let haystack = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in UInt8.random(in: 0...3, using: &generator) }
            let needle = (0..<Int.random(in: 1..<6, using: &generator)).map { _ in UInt8.random(in: 0...3, using: &generator) }
            let start = haystack.isEmpty ? 0 : Int.random(in: 0..<haystack.count, using: &generator)
            let naive = haystack.count < needle.count ? nil
                : (start...max(start, haystack.count - needle.count)).first {
                    $0 + needle.count <= haystack.count && haystack[$0...].starts(with: needle)
                }
            let found = haystack.withUnsafeBufferPointer { BytePattern(needle).firstOffset(in: $0, from: start) }
            #expect(found == naive, "\(needle) in \(haystack) from \(start)")
        }
    }
}
