import Foundation
import Glibc
import Testing

/// `gpm mail-test` and the outgoing-mail flags as a user meets them: usage errors exit 2 with the reason,
/// a failed delivery exits 1 saying whether it is temporary. Deliveries to a real SMTP server (TLS, AUTH,
/// certificates) are proven by `.ci/suites/mail.sh`.
@Suite("gpm mail-test")
struct MailTestCommandTests {
    /// A loopback port nobody listens on (bound for a moment, then released).
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func helpListsTheCommandAndItsFlags() throws {
        let help = try GPMCommandTests.run(["--help"])
        for text in ["mail-test --to ADDRESS", "--smtp-url", "GPM_SMTP_URL", "--smtp-password-file", "GPM_SMTP_PASSWORD", "--smtp-ca-file", "--mail-from"] {
            #expect(help.output.contains(text), "\(text)")
        }
    }

    @Test func usageErrorsSayWhatIsMissing() throws {
        let noRecipient = try GPMCommandTests.run(["mail-test"])
        #expect(noRecipient.status == 2 && noRecipient.errors.contains("--to ADDRESS"))
        let noServer = try GPMCommandTests.run(["mail-test", "--to", "a@example.org"])
        #expect(noServer.status == 2 && noServer.errors.contains("needs --smtp-url"), "\(noServer.errors)")
        let noSender = try GPMCommandTests.run(["mail-test", "--to", "a@example.org", "--smtp-url", "smtp://localhost"])
        #expect(noSender.status == 2 && noSender.errors.contains("needs --mail-from"), "\(noSender.errors)")
        let passwordInURL = try GPMCommandTests.run(["mail-test", "--to", "a@example.org", "--smtp-url", "smtp://u:hunter2@localhost", "--mail-from", "b@example.org"])
        #expect(passwordInURL.status == 2 && passwordInURL.errors.contains("must not hold the password"))
        #expect(!passwordInURL.errors.contains("hunter2") && !passwordInURL.output.contains("hunter2"))
        let badRecipient = try GPMCommandTests.run(["mail-test", "--to", "a@example.org\nBcc: c@example.org", "--smtp-url", "smtp://localhost", "--mail-from", "b@example.org"])
        #expect(badRecipient.status == 2 && badRecipient.errors.contains("--to: invalid email address"), "\(badRecipient.errors)")
    }

    @Test func anUnreachableServerIsATemporaryFailure() throws {
        let port = Self.closedPort()
        let run = try GPMCommandTests.run([
            "mail-test", "--to", "Zoë <zoe@example.org>", "--smtp-url", "smtp://127.0.0.1:\(port)?starttls=never", "--mail-from", "GPM <noreply@example.org>",
        ])
        #expect(run.status == 1)
        #expect(run.output.contains("sending a test message to zoe@example.org via smtp://127.0.0.1:\(port) (no TLS)"), "\(run.output)")
        #expect(run.errors.contains("mail-test failed: connect to 127.0.0.1:\(port): connection failed"), "\(run.errors)")
        #expect(run.errors.contains("(temporary failure)"))
    }

    @Test func serveRefusesSettingsThatCannotWork() throws {
        let run = try GPMCommandTests.run(["serve", "--port", "0", "--database", "/nonexistent/never.sqlite", "--smtp-url", "smtp://user@mail.example.org"])
        #expect(run.status == 2)
        #expect(run.errors.contains("no password was given"), "\(run.errors)")
    }
}
