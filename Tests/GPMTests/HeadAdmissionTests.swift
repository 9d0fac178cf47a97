import Foundation
import Glibc
import Synchronization
import Testing
@testable import GPM
import HTTP

/// Uploads refused from their head: the platform answers before the body is sent.
@Suite struct HeadAdmissionTests {
    /// Sends `head` on a fresh connection, without any body, and reads what comes back within 3 s.
    private func headOnly(_ port: Int, _ head: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        _ = head.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var timeout = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    @Test func anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let answer = try headOnly(platform.port, "POST /workspace/briefs/1/attachments HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: multipart/form-data; boundary=b\r\nExpect: 100-continue\r\nContent-Length: 60000000\r\n\r\n")
        // No cookie at all: no form token to match, so CSRF's 403, before a byte of the body.
        #expect(answer.hasPrefix("HTTP/1.1 403 "), "\(answer.prefix(200))")
        #expect(!answer.contains("100 Continue"))
        // A visitor's form token but no session: sent to sign in.
        let visitor = try headOnly(platform.port, "POST /workspace/briefs/1/attachments HTTP/1.1\r\nHost: x\r\n"
            + "Cookie: gpm_csrf=\(String(repeating: "v", count: 43))\r\nExpect: 100-continue\r\nContent-Length: 60000000\r\n\r\n")
        #expect(visitor.hasPrefix("HTTP/1.1 303 "), "\(visitor.prefix(200))")
        #expect(visitor.contains("Location: /sign-in"))
        #expect(!visitor.contains("100 Continue"))
        // A cookie naming no live session is no better for an upload.
        let forged = try headOnly(platform.port, "POST /workspace/briefs/1/attachments HTTP/1.1\r\nHost: x\r\n"
            + "Cookie: gpm_session=forged\r\nContent-Length: 60000000\r\n\r\n")
        #expect(forged.hasPrefix("HTTP/1.1 303 "))
    }

    @Test func aForeignOriginAndAnOverLimitBodyAreRefusedAtTheHead() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let foreign = try headOnly(platform.port, "POST /sign-in HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\n")
        #expect(foreign.hasPrefix("HTTP/1.1 403 "))
        #expect(foreign.contains("Content-Security-Policy"))
        let tooLarge = try headOnly(platform.port, "POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 900000000\r\n\r\n")
        #expect(tooLarge.hasPrefix("HTTP/1.1 413 "))
        // An ordinary POST with no cookie is refused before its form is read.
        let anonymous = try headOnly(platform.port, "POST /workspace/briefs/new HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n")
        #expect(anonymous.hasPrefix("HTTP/1.1 403 "))
    }

    @Test func invitationAndResetTokensAreRedactedFromTheAccessLog() {
        #expect(LogRedaction.target("/invitations/abc123SECRET") == "/invitations/[redacted]")
        #expect(LogRedaction.target("/invitations/abc123SECRET?x=1") == "/invitations/[redacted]?x=1")
        #expect(LogRedaction.target("/password-reset/tok/extra") == "/password-reset/[redacted]/extra")
        #expect(LogRedaction.target("/PASSWORD-RESET/tok") == "/PASSWORD-RESET/[redacted]")
        #expect(LogRedaction.target("http://h/invitations/tok") == "http://h/invitations/[redacted]")
        #expect(LogRedaction.target("/admin/invitations") == "/admin/invitations")
        #expect(LogRedaction.target("/cities?page=2") == "/cities?page=2")
    }

    @Test func theAccessLogWritesNoToken() throws {
        let lines = Mutex<[String]>([])
        let log = AccessLog(write: { line in lines.withLock { $0.append(line) } }, redact: LogRedaction.target)
        for target in ["/invitations/Zq8SECRETtoken", "/password-reset/Zq8SECRETtoken?x=1"] {
            _ = try log.respond(to: try Request(method: .get, target: target)) { _ in .text("") }
        }
        let written = lines.withLock { $0 }
        #expect(written.count == 2)
        #expect(written.allSatisfy { !$0.contains("SECRET") && $0.contains("[redacted]") }, "\(written)")
    }
}
