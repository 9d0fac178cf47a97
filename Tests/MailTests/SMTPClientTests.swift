import Foundation
import Synchronization
import Testing
@testable import Mail

/// The SMTP client against a scripted peer over real loopback sockets: the dialogue, multi-line replies,
/// dot-stuffing on the wire, and how each failure is classified (4xx, connection errors and timeouts are
/// temporary; 5xx and missing capabilities permanent). TLS is proven against a real server by
/// `.ci/suites/mail.sh`.
@Suite struct SMTPClientTests {
    static let ehlo: ScriptedSMTPPeer.Step = .reply("250-mx.example Hello", "250-SIZE 10240000", "250-8BITMIME", "250-PIPELINING", "250 SMTPUTF8")

    func settings(port: Int, security: SMTPSettings.Security = .none, reply: Double = 5, dataEnd: Double = 5) -> SMTPSettings {
        SMTPSettings(host: "127.0.0.1", port: port, security: security, heloName: "client.test",
                     timeouts: SMTPSettings.Timeouts(connect: 5, reply: reply, dataEnd: dataEnd))
    }

    func message(to: String = "zoe@example.org", text: String = "Hello.\n") throws -> MailMessage {
        try MailMessage(
            from: MailAddress("noreply@gpm.example", name: "GPM"), to: [MailAddress(to, name: "Zoë")], subject: "Test ✓",
            messageID: "<t.1@gpm.example>", date: Date(timeIntervalSince1970: 1_796_000_000), text: text, html: "<p>Hi</p>")
    }

    /// Sends `message` and returns the error, if any, and the transcript.
    func send(_ message: MailMessage, with settings: SMTPSettings) -> (error: SMTPError?, reply: SMTPReply?, transcript: [SMTPTranscriptLine]) {
        let lines = Mutex<[SMTPTranscriptLine]>([])
        let client = SMTPClient(settings: settings) { line in lines.withLock { $0.append(line) } }
        do {
            let reply = try client.send(message)
            return (nil, reply, lines.withLock { $0 })
        } catch {
            return (error, nil, lines.withLock { $0 })
        }
    }

    @Test func deliversWithMultiLineRepliesAndDotStuffing() throws {
        let text = ".leading dot\n..two dots\n.\nend\n"
        let peer = try ScriptedSMTPPeer([
            .reply("220-mx.example ESMTP", "220 welcome"), .expect("EHLO client.test"), Self.ehlo,
            .expect("MAIL FROM:<noreply@gpm.example>"), .reply("250 2.1.0 ok"),
            .expect("RCPT TO:<zoe@example.org>"), .reply("250 2.1.5 ok"),
            .expect("DATA"), .reply("354 go ahead"), .data, .reply("250-2.0.0 ok", "250 2.0.0 queued as 12345"),
            .expect("QUIT"), .reply("221 bye"),
        ])
        let message = try message(text: text)
        let result = send(message, with: settings(port: peer.port))
        let received = peer.finish()
        #expect(result.error == nil)
        #expect(result.reply == SMTPReply(code: 250, lines: ["2.0.0 ok", "2.0.0 queued as 12345"]))
        #expect(received.mismatches.isEmpty, "\(received.mismatches)")
        // What arrived is the rendered message, dot-stuffed: un-stuffing gives it back byte for byte.
        let unstuffed = received.data.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
        #expect(unstuffed.joined(separator: "\r\n") + "\r\n" == message.rendered())
        #expect(!received.data.contains("."))
        // The transcript has both sides and summarizes the body instead of printing it.
        let transcript = result.transcript.map(\.description)
        #expect(transcript.contains("S: 220-mx.example ESMTP") && transcript.contains("C: EHLO client.test") && transcript.contains("C: QUIT"))
        #expect(transcript.contains { $0.hasPrefix("*  message sent:") && $0.contains("<t.1@gpm.example>") })
        #expect(!transcript.contains { $0.contains("leading dot") })
    }

    @Test func dotStuffingOnItsOwn() {
        #expect(String(decoding: SMTPSession.dotStuffed(".a\r\nb\r\n..c\n.\r\nd"), as: UTF8.self) == "..a\r\nb\r\n...c\r\n..\r\nd\r\n")
        #expect(SMTPSession.dotStuffed("").isEmpty)
    }

    @Test func fallsBackToHELO() throws {
        let peer = try ScriptedSMTPPeer([
            .reply("220 old.example"), .expect("EHLO"), .reply("502 5.5.2 command not recognized"), .expect("HELO client.test"), .reply("250 ok"),
            .expect("MAIL FROM:<noreply@gpm.example>"), .reply("250 ok"), .expect("RCPT TO:"), .reply("250 ok"),
            .expect("DATA"), .reply("354 go"), .data, .reply("250 ok"), .expect("QUIT"), .reply("221 bye"),
        ])
        let result = send(try message(), with: settings(port: peer.port))
        let received = peer.finish()
        #expect(result.error == nil && received.mismatches.isEmpty, "\(String(describing: result.error)) \(received.mismatches)")
        // No BODY= or SMTPUTF8 parameter without EHLO.
        #expect(received.lines.contains("MAIL FROM:<noreply@gpm.example>"))
    }

    @Test func temporaryRefusalIsTemporary() throws {
        let peer = try ScriptedSMTPPeer([
            .reply("220 mx"), .expect("EHLO"), Self.ehlo, .expect("MAIL FROM:"), .reply("451 4.3.0 try again later"),
            .expect("RSET"), .reply("250 ok"), .expect("QUIT"), .reply("221 bye"),
        ])
        let result = send(try message(), with: settings(port: peer.port))
        let received = peer.finish()
        let error = try #require(result.error)
        #expect(error.replyCode == 451 && error.isTemporary && !error.isPermanent)
        #expect(error.stage == "MAIL FROM")
        #expect(received.mismatches.isEmpty, "\(received.mismatches)")
    }

    @Test func permanentRefusalOfARecipient() throws {
        let peer = try ScriptedSMTPPeer([
            .reply("220 mx"), .expect("EHLO"), Self.ehlo, .expect("MAIL FROM:"), .reply("250 ok"),
            .expect("RCPT TO:<nobody@example.org>"), .reply("550 5.1.1 no such user"), .expect("RSET"), .reply("250 ok"),
            .expect("QUIT"), .reply("221 bye"),
        ])
        let result = send(try message(to: "nobody@example.org"), with: settings(port: peer.port))
        let received = peer.finish()
        let error = try #require(result.error)
        #expect(error.replyCode == 550 && error.isPermanent)
        #expect("\(error)".contains("550 5.1.1 no such user") && "\(error)".contains("permanent"))
        #expect(received.mismatches.isEmpty, "\(received.mismatches)")
    }

    @Test func refusedGreetingAndRefusedMessage() throws {
        let closed = try ScriptedSMTPPeer([.reply("554 5.3.2 no service here"), .expect("QUIT"), .reply("221 bye")])
        let greeting = send(try message(), with: settings(port: closed.port))
        #expect(closed.finish().mismatches.isEmpty)
        #expect(greeting.error?.replyCode == 554 && greeting.error?.isPermanent == true && greeting.error?.stage == "greeting")

        let peer = try ScriptedSMTPPeer([
            .reply("220 mx"), .expect("EHLO"), Self.ehlo, .expect("MAIL FROM:"), .reply("250 ok"), .expect("RCPT TO:"), .reply("250 ok"),
            .expect("DATA"), .reply("354 go"), .data, .reply("452 4.3.1 insufficient storage"), .expect("RSET"), .reply("250 ok"),
            .expect("QUIT"), .reply("221 bye"),
        ])
        let result = send(try message(), with: settings(port: peer.port))
        _ = peer.finish()
        #expect(result.error?.replyCode == 452 && result.error?.isTemporary == true && result.error?.stage == "end of DATA")
    }

    @Test func stallBeforeTheFinalReplyTimesOut() throws {
        let peer = try ScriptedSMTPPeer([
            .reply("220 mx"), .expect("EHLO"), Self.ehlo, .expect("MAIL FROM:"), .reply("250 ok"), .expect("RCPT TO:"), .reply("250 ok"),
            .expect("DATA"), .reply("354 go"), .data, .stall(seconds: 8),
        ])
        let started = Date()
        let result = send(try message(), with: settings(port: peer.port, dataEnd: 0.5))
        let elapsed = Date().timeIntervalSince(started)
        _ = peer.finish()
        let error = try #require(result.error)
        guard case .timeout = error.kind else {
            Issue.record("expected a timeout, got \(error)")
            return
        }
        #expect(error.isTemporary && error.stage == "end of DATA")
        #expect(elapsed >= 0.5 && elapsed < 5, "took \(elapsed) s")
    }

    @Test func silentServerTimesOutAtTheGreeting() throws {
        let peer = try ScriptedSMTPPeer([.stall(seconds: 8)])
        let result = send(try message(), with: settings(port: peer.port, reply: 0.3))
        _ = peer.finish()
        guard case .timeout = result.error?.kind else {
            Issue.record("expected a timeout, got \(String(describing: result.error))")
            return
        }
        #expect(result.error?.isTemporary == true && result.error?.stage == "greeting")
    }

    @Test func connectionErrorsAreTemporary() throws {
        // A port nobody listens on: bound, never listened to.
        let port = try ScriptedSMTPPeer.portWithoutListener()
        let refused = send(try message(), with: settings(port: port))
        guard case .connection = refused.error?.kind else {
            Issue.record("expected a connection error, got \(String(describing: refused.error))")
            return
        }
        #expect(refused.error?.isTemporary == true)

        let hangUp = try ScriptedSMTPPeer([.reply("220 mx"), .expect("EHLO"), Self.ehlo, .expect("MAIL FROM:"), .hangUp])
        let result = send(try message(), with: settings(port: hangUp.port))
        _ = hangUp.finish()
        guard case .connection = result.error?.kind else {
            Issue.record("expected a connection error, got \(String(describing: result.error))")
            return
        }
        #expect(result.error?.isTemporary == true)
    }

    @Test func notSMTPIsAProtocolError() throws {
        let peer = try ScriptedSMTPPeer([.reply("HTTP/1.1 400 Bad Request")])
        let result = send(try message(), with: settings(port: peer.port))
        _ = peer.finish()
        guard case .protocolViolation = result.error?.kind else {
            Issue.record("expected a protocol error, got \(String(describing: result.error))")
            return
        }
    }

    @Test func credentialsAreNeverSentWithoutTLS() throws {
        // STARTTLS required (a user is configured) and the server does not offer it: stop before AUTH.
        let peer = try ScriptedSMTPPeer([
            .reply("220 mx"), .expect("EHLO"), .reply("250-mx", "250 AUTH PLAIN LOGIN"), .expect("QUIT"), .reply("221 bye"),
        ])
        var settings = settings(port: peer.port, security: .startTLSRequired)
        settings.username = "user"
        settings.password = "s3cret"
        let result = send(try message(), with: settings)
        let received = peer.finish()
        #expect(result.error?.isPermanent == true)
        #expect("\(result.error.map { "\($0)" } ?? "")".contains("does not offer STARTTLS"))
        #expect(!received.lines.contains { $0.uppercased().hasPrefix("AUTH") })
        #expect(received.mismatches.isEmpty, "\(received.mismatches)")
    }

    @Test func opportunisticWithoutSTARTTLSSendsPlain() throws {
        let peer = try ScriptedSMTPPeer([
            .reply("220 relay"), .expect("EHLO"), .reply("250 relay"), .expect("MAIL FROM:"), .reply("250 ok"), .expect("RCPT TO:"), .reply("250 ok"),
            .expect("DATA"), .reply("354 go"), .data, .reply("250 ok"), .expect("QUIT"), .reply("221 bye"),
        ])
        let result = send(try message(), with: settings(port: peer.port, security: .startTLSOpportunistic))
        let received = peer.finish()
        #expect(result.error == nil && received.mismatches.isEmpty)
        #expect(result.transcript.contains { $0.direction == .note && $0.text.contains("does not offer STARTTLS") })
    }

    @Test func internationalAddressesNeedSMTPUTF8() throws {
        let offered = try ScriptedSMTPPeer([
            .reply("220 mx"), .expect("EHLO"), Self.ehlo, .expect("MAIL FROM:<noreply@gpm.example> SMTPUTF8 BODY=8BITMIME"), .reply("250 ok"),
            .expect("RCPT TO:<zoë@exämple.org>"), .reply("250 ok"), .expect("DATA"), .reply("354 go"), .data, .reply("250 ok"),
            .expect("QUIT"), .reply("221 bye"),
        ])
        let result = send(try message(to: "zoë@exämple.org"), with: settings(port: offered.port))
        let received = offered.finish()
        #expect(result.error == nil && received.mismatches.isEmpty, "\(String(describing: result.error)) \(received.mismatches)")

        let notOffered = try ScriptedSMTPPeer([.reply("220 mx"), .expect("EHLO"), .reply("250-mx", "250 8BITMIME"), .expect("QUIT"), .reply("221 bye")])
        let refused = send(try message(to: "zoë@exämple.org"), with: settings(port: notOffered.port))
        let seen = notOffered.finish()
        #expect(refused.error?.isPermanent == true && !seen.lines.contains { $0.hasPrefix("MAIL") })
    }

    @Test func oneSessionSendsSeveralMessages() throws {
        let exchange: [ScriptedSMTPPeer.Step] = [
            .expect("MAIL FROM:"), .reply("250 ok"), .expect("RCPT TO:"), .reply("250 ok"), .expect("DATA"), .reply("354 go"), .data, .reply("250 ok"),
        ]
        let peer = try ScriptedSMTPPeer([.reply("220 mx"), .expect("EHLO"), Self.ehlo] + exchange + exchange + [.expect("QUIT"), .reply("221 bye")])
        let session = SMTPSession(settings: settings(port: peer.port))
        try session.open()
        #expect(session.extensions["SIZE"] == ["10240000"] && session.extensions["8BITMIME"] == [])
        try session.send(try message())
        try session.send(try message(to: "other@example.org"))
        session.close()
        let received = peer.finish()
        #expect(received.mismatches.isEmpty, "\(received.mismatches)")
    }

    @Test func replyParser() throws {
        var parser = SMTPReplyParser()
        #expect(try parser.feed("250-first") == nil)
        #expect(try parser.feed("250-AUTH PLAIN LOGIN") == nil)
        let reply = try #require(try parser.feed("250 last"))
        #expect(reply.code == 250 && reply.lines == ["first", "AUTH PLAIN LOGIN", "last"])
        #expect(reply.extensions["AUTH"] == ["PLAIN", "LOGIN"])
        #expect(try parser.feed("221") == SMTPReply(code: 221, lines: [""]))
        for bad in ["25", "abc def", "250x", "999 no"] {
            var fresh = SMTPReplyParser()
            #expect(throws: SMTPReplyParser.Malformed.self) { try fresh.feed(bad) }
        }
        var mixed = SMTPReplyParser()
        _ = try mixed.feed("250-a")
        #expect(throws: SMTPReplyParser.Malformed.self) { try mixed.feed("251 b") }
    }
}
