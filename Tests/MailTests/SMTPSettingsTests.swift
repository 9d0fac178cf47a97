import Foundation
import Testing
@testable import Mail

/// `--smtp-url` and friends: what each URL means, what is refused, and that the password is never shown.
@Suite struct SMTPSettingsTests {
    @Test func submissionWithUserRequiresStartTLS() throws {
        let settings = try SMTPSettings(url: "smtp://mailer%40gpm.example@mail.example.org:587", password: "pw")
        #expect(settings.host == "mail.example.org" && settings.port == 587)
        #expect(settings.security == .startTLSRequired)
        #expect(settings.username == "mailer@gpm.example" && settings.password == "pw")
        #expect(try SMTPSettings(url: "smtp://u@mail.example.org", password: "pw").port == 587)
    }

    @Test func smtpsIsTLSFromTheStart() throws {
        let settings = try SMTPSettings(url: "smtps://u@mail.example.org", password: "pw")
        #expect(settings.security == .implicitTLS && settings.port == 465)
        #expect(try SMTPSettings(url: "SMTPS://mail.example.org:2465").security == .implicitTLS)
    }

    @Test func relayWithoutUser() throws {
        let relay = try SMTPSettings(url: "smtp://localhost")
        #expect(relay.security == .startTLSOpportunistic && relay.port == 25 && relay.username == nil)
        #expect(try SMTPSettings(url: "smtp://localhost:2525?starttls=never").security == SMTPSettings.Security.none)
        #expect(try SMTPSettings(url: "smtp://relay.example.org?starttls=required").security == .startTLSRequired)
        #expect(try SMTPSettings(url: "smtp://[::1]:25").host == "::1")
    }

    @Test func refusals() {
        let bad: [(String, String?)] = [
            ("smtp://u:secret@mail.example.org", nil),  // password in the URL
            ("http://mail.example.org", nil),
            ("mail.example.org", nil),
            ("smtp://", nil),
            ("smtp://u@mail.example.org", nil),  // a user but no password
            ("smtp://mail.example.org", "pw"),  // a password but no user
            ("smtp://u@mail.example.org?starttls=never", "pw"),  // credentials in clear
            ("smtps://mail.example.org?starttls=required", nil),
            ("smtp://mail.example.org/path", nil),
            ("smtp://mail.example.org?tls=off", nil),
            ("smtp://mail.example.org:0", nil),
        ]
        for (url, password) in bad {
            #expect(throws: SMTPSettings.Invalid.self, "\(url)") { try SMTPSettings(url: url, password: password) }
        }
        do {
            _ = try SMTPSettings(url: "smtp://u:hunter2@mail.example.org")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }

    @Test func resolveReadsFlagsThenEnvironment() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mail-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("password").path
        try "from the file\nsecond line ignored\n".write(toFile: file, atomically: true, encoding: .utf8)

        #expect(try SMTPSettings.resolve(url: nil, passwordFile: nil, caFile: nil, environment: [:]) == nil)
        let fromFile = try #require(try SMTPSettings.resolve(
            url: "smtp://u@mail.example.org", passwordFile: file, caFile: nil, environment: ["GPM_SMTP_PASSWORD": "from env"]))
        #expect(fromFile.password == "from the file")
        let fromEnvironment = try #require(try SMTPSettings.resolve(
            url: nil, passwordFile: nil, caFile: nil,
            environment: ["GPM_SMTP_URL": "smtps://u@mail.example.org", "GPM_SMTP_PASSWORD": "from env", "GPM_SMTP_CA_FILE": file]))
        #expect(fromEnvironment.password == "from env" && fromEnvironment.caFile == file && fromEnvironment.security == .implicitTLS)
        let fileFromEnvironment = try #require(try SMTPSettings.resolve(
            url: "smtp://u@mail.example.org", passwordFile: nil, caFile: nil, environment: ["GPM_SMTP_PASSWORD_FILE": file]))
        #expect(fileFromEnvironment.password == "from the file")
        #expect(throws: SMTPSettings.Invalid.self) {
            try SMTPSettings.resolve(url: "smtp://u@h.example", passwordFile: directory.appendingPathComponent("missing").path, caFile: nil, environment: [:])
        }
        #expect(throws: SMTPSettings.Invalid.self) {
            try SMTPSettings.resolve(url: "smtp://h.example", passwordFile: nil, caFile: "/no/such/ca.pem", environment: [:])
        }
        #expect(throws: SMTPSettings.Invalid.self) { try SMTPSettings.resolve(url: nil, passwordFile: file, caFile: nil, environment: [:]) }
    }

    @Test func printingNeverShowsThePassword() throws {
        let settings = try SMTPSettings(url: "smtp://u@mail.example.org", password: "s3cret-pw")
        for text in ["\(settings)", String(describing: settings), String(reflecting: settings), settings.redactedDescription] {
            #expect(!text.contains("s3cret-pw"))
        }
        #expect(settings.redactedDescription == "smtp://u@mail.example.org:587 (STARTTLS required, AUTH with a password)")
    }
}
