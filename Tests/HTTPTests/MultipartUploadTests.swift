import Foundation
import Testing
@testable import HTTP

/// Uploads over a real socket: the route's own body limit lets files through that the server's
/// default would refuse, and the multipart limits answer with a message a person can act on.
@Suite struct MultipartUploadTests {
    static func uploadServer() throws -> TestServer {
        var router = Router()
        router.post("/upload", maxBodySize: 64 * 1024) { request in
            let form = try request.multipartForm(limits: MultipartLimits(maxFileSize: 32 * 1024))
            let files = form.files(named: "attachment").map { "\($0.filename ?? "-"):\($0.size):\($0.body.reduce(0) { $0 &+ Int($1) })" }
            return .text("title=\(form["title"] ?? "-") files=\(files.joined(separator: ","))")
        }
        return try TestServer(configure: { $0.maxBodySize = 4 * 1024 }, router: router)
    }

    static func request(_ body: MultipartBody, contentLength: Int? = nil, sendBody: Bool = true) -> [UInt8] {
        let bytes = body.closed()
        let head = "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: \(body.contentType)\r\nContent-Length: \(contentLength ?? bytes.count)\r\n\r\n"
        return Array(head.utf8) + (sendBody ? bytes : [])
    }

    @Test func uploadsAFileLargerThanTheServerDefaultThroughTheRoutesLimit() throws {
        let server = try Self.uploadServer()
        var body = MultipartBody()
        body.field("title", "Street trees — Kraków")
        let content = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        body.file("attachment", filename: "C:\\scans\\trees.png", type: "image/png", content)
        let client = try server.client()
        client.send(Self.request(body))
        let response = try #require(try client.readResponse())
        #expect(response.status == 200)
        let sum = content.reduce(0) { $0 &+ Int($1) }
        #expect(response.bodyText == "title=Street trees — Kraków files=trees.png:20000:\(sum)")
    }

    @Test func aFileOverTheMultipartLimitGetsAClear413() throws {
        let server = try Self.uploadServer()
        var body = MultipartBody()
        body.file("attachment", filename: "scan.pdf", Array(repeating: 1, count: 40 * 1024))
        let client = try server.client()
        client.send(Self.request(body))
        let response = try #require(try client.readResponse())
        #expect(response.status == 413)
        #expect(response.bodyText.contains("scan.pdf"))
        #expect(response.bodyText.contains("32 KiB"))
    }

    @Test func aBodyOverTheRoutesLimitIsRefusedBeforeItIsRead() throws {
        let server = try Self.uploadServer()
        var body = MultipartBody()
        body.field("title", "x")
        let client = try server.client()
        client.send(Self.request(body, contentLength: 65 * 1024, sendBody: false))
        let response = try #require(try client.readResponse())
        #expect(response.status == 413)
    }

    @Test func aBrokenUploadIs400() throws {
        let server = try Self.uploadServer()
        var body = MultipartBody()
        body.field("title", "no end")
        let head = "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: \(body.contentType)\r\nContent-Length: \(body.bytes.count)\r\n\r\n"
        let client = try server.client()
        client.send(Array(head.utf8) + body.bytes)
        let response = try #require(try client.readResponse())
        #expect(response.status == 400)
        #expect(response.bodyText.contains("final boundary"))
    }
}
