/// One blocking SMTP conversation (RFC 5321) on the calling thread: `open` connects, reads the greeting,
/// says EHLO (HELO if refused), secures the connection as the settings say, and authenticates; `send`
/// delivers one message (MAIL FROM, RCPT TO, DATA with dot-stuffing) and may be called again for more;
/// `close` says QUIT. Every step has a deadline from `SMTPSettings.timeouts`. Callers run it on a thread
/// of their own (the outbox's worker, `gpm mail-test`), never on the HTTP event loop.
public final class SMTPSession {
    private let settings: SMTPSettings
    private let transcript: (@Sendable (SMTPTranscriptLine) -> Void)?
    private var redactor = SMTPTranscriptRedactor()
    private var connection: MailConnection?
    /// The server's EHLO keywords (upper-cased) after the last EHLO; empty after HELO.
    public private(set) var extensions: [String: [String]] = [:]

    public init(settings: SMTPSettings, transcript: (@Sendable (SMTPTranscriptLine) -> Void)? = nil) {
        self.settings = settings
        self.transcript = transcript
    }

    deinit { connection?.close() }

    /// Connects and gets ready to send: greeting, EHLO, STARTTLS or implicit TLS, AUTH.
    public func open() throws(SMTPError) {
        let socket = try MailSocket.connect(host: settings.host, port: settings.port, timeout: settings.timeouts.connect)
        let connection = MailConnection(socket: socket)
        self.connection = connection
        note("connected to \(settings.host):\(settings.port)")
        do throws(SMTPError) {
            if settings.security == .implicitTLS {
                try connection.upgradeToTLS(
                    host: settings.host, caFile: settings.caFile, deadline: Deadline(secondsFromNow: settings.timeouts.connect), stage: "TLS")
                note("TLS established (\(connection.tlsVersion ?? "?")), certificate verified for \(settings.host)")
            }
            try expect(readReply(stage: "greeting"), 220, stage: "greeting")
            try hello()
            if !connection.isTLS && settings.security != .none {
                if extensions["STARTTLS"] != nil {
                    try expect(command("STARTTLS"), 220, stage: "STARTTLS")
                    try connection.upgradeToTLS(
                        host: settings.host, caFile: settings.caFile, deadline: Deadline(secondsFromNow: settings.timeouts.connect),
                        stage: "STARTTLS")
                    note("TLS established (\(connection.tlsVersion ?? "?")), certificate verified for \(settings.host)")
                    try hello()  // RFC 3207 §4.2: forget what was learnt before TLS
                } else if settings.security == .startTLSRequired {
                    throw SMTPError(.unsupported("the server does not offer STARTTLS, which these settings require"), stage: "EHLO")
                } else {
                    note("the server does not offer STARTTLS: continuing without TLS (no credentials are sent)")
                }
            }
            if let username = settings.username {
                try authenticate(username: username, password: settings.password ?? "")
            }
        } catch {
            // A refusal leaves the server in step: say QUIT (RFC 5321 §3.1); anything else just closes.
            switch error.kind {
            case .reply, .unsupported: close()
            case .connection, .timeout, .tls, .protocolViolation: abandon()
            }
            throw error
        }
    }

    /// Delivers one message to all its recipients, or throws. A refused recipient fails the whole message
    /// (the platform sends one recipient per message); the session stays usable after a reply error.
    @discardableResult
    public func send(_ message: MailMessage) throws(SMTPError) -> SMTPReply {
        guard connection != nil else { throw SMTPError(.connection("the session is not open"), stage: "MAIL FROM") }
        do throws(SMTPError) {
            var parameters = ""
            let rendered = message.rendered()
            let eightBit = !rendered.utf8.allSatisfy { $0 < 0x80 }
            if message.needsSMTPUTF8 {
                guard extensions["SMTPUTF8"] != nil else {
                    throw SMTPError(.unsupported("an address is not ASCII and the server does not offer SMTPUTF8"), stage: "MAIL FROM")
                }
                parameters += " SMTPUTF8"
            }
            if eightBit && extensions["8BITMIME"] != nil { parameters += " BODY=8BITMIME" }
            try expect(command("MAIL FROM:<\(message.envelopeSender)>\(parameters)"), 250, stage: "MAIL FROM")
            for recipient in message.envelopeRecipients {
                let reply = try command("RCPT TO:<\(recipient)>")
                guard reply.code == 250 || reply.code == 251 else {
                    throw SMTPError(.reply(code: reply.code, text: reply.text), stage: "RCPT TO:<\(recipient)>")
                }
            }
            try expect(command("DATA"), 354, stage: "DATA")
            let body = Self.dotStuffed(rendered)
            note("message sent: \(body.count) bytes, \(message.envelopeRecipients.count) recipient(s), Message-ID \(message.messageID)")
            try connection?.write(body + Array(".\r\n".utf8), until: Deadline(secondsFromNow: settings.timeouts.dataEnd), stage: "DATA")
            sent(".")
            let reply = try readReply(stage: "end of DATA", timeout: settings.timeouts.dataEnd)
            try expect(reply, 250, stage: "end of DATA")
            return reply
        } catch {
            // After a refused command the server is still in step: RSET so the next message starts clean.
            // After a broken connection or a timeout it is not: close (the caller opens a new session).
            switch error.kind {
            case .reply: if (try? command("RSET"))?.code != 250 { abandon() }
            case .unsupported: break
            case .connection, .timeout, .tls, .protocolViolation: abandon()
            }
            throw error
        }
    }

    /// QUIT and close; a server that does not answer QUIT politely changes nothing (the mail is sent).
    public func close() {
        guard connection != nil else { return }
        _ = try? command("QUIT")
        abandon()
    }

    // MARK: - Steps

    private func hello() throws(SMTPError) {
        let reply = try command("EHLO \(settings.heloName)")
        if reply.code == 250 {
            extensions = reply.extensions
            return
        }
        // RFC 5321 §3.2: a server that does not know EHLO answers 500/502; try HELO.
        guard reply.code >= 500 else { throw SMTPError(.reply(code: reply.code, text: reply.text), stage: "EHLO") }
        try expect(command("HELO \(settings.heloName)"), 250, stage: "HELO")
        extensions = [:]
    }

    private func authenticate(username: String, password: String) throws(SMTPError) {
        guard connection?.isTLS == true else {
            throw SMTPError(.unsupported("refusing to send credentials without TLS"), stage: "AUTH")
        }
        let mechanisms = Set((extensions["AUTH"] ?? []).map { $0.uppercased() })
        if mechanisms.contains("PLAIN") {
            let token = Base64.encode([0] + Array(username.utf8) + [0] + Array(password.utf8))
            try expect(command("AUTH PLAIN \(token)"), 235, stage: "AUTH PLAIN")
        } else if mechanisms.contains("LOGIN") {
            try expect(command("AUTH LOGIN"), 334, stage: "AUTH LOGIN")
            try expect(command(Base64.encode(username)), 334, stage: "AUTH LOGIN")
            try expect(command(Base64.encode(password)), 235, stage: "AUTH LOGIN")
        } else {
            throw SMTPError(
                .unsupported("the server offers no AUTH mechanism we speak (PLAIN, LOGIN)\(mechanisms.isEmpty ? "" : ": it offers \(mechanisms.sorted().joined(separator: " "))")"),
                stage: "AUTH")
        }
        note("authenticated as \(username)")
    }

    // MARK: - Lines

    private func command(_ line: String) throws(SMTPError) -> SMTPReply {
        let stage = line.split(separator: " ").first.map(String.init) ?? line
        guard let connection else { throw SMTPError(.connection("the session is closed"), stage: stage) }
        try connection.write(Array((line + "\r\n").utf8), until: Deadline(secondsFromNow: settings.timeouts.reply), stage: stage)
        sent(line)
        return try readReply(stage: stage)
    }

    private func readReply(stage: String, timeout: Double? = nil) throws(SMTPError) -> SMTPReply {
        guard let connection else { throw SMTPError(.connection("the session is closed"), stage: stage) }
        let deadline = Deadline(secondsFromNow: timeout ?? settings.timeouts.reply)
        var parser = SMTPReplyParser()
        while true {
            let line = try connection.readLine(until: deadline, stage: stage)
            transcript?(SMTPTranscriptLine(.received, redactor.received(line)))
            do {
                if let reply = try parser.feed(line) { return reply }
            } catch {
                throw SMTPError(.protocolViolation("'\(HeaderEncoding.singleLine(String(line.prefix(200))))'"), stage: stage)
            }
        }
    }

    private func expect(_ reply: SMTPReply, _ code: Int, stage: String) throws(SMTPError) {
        guard reply.code == code else { throw SMTPError(.reply(code: reply.code, text: reply.text), stage: stage) }
    }

    private func sent(_ line: String) { transcript?(SMTPTranscriptLine(.sent, redactor.sent(line))) }
    private func note(_ text: String) { transcript?(SMTPTranscriptLine(.note, text)) }

    private func abandon() {
        connection?.close()
        connection = nil
    }

    /// The message as DATA carries it: every line that starts with "." gets a second one (RFC 5321
    /// §4.5.2), line ends are CRLF, and it ends with CRLF so the terminating "." stands on its own line.
    public static func dotStuffed(_ message: String) -> [UInt8] {
        let normalized = message.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(normalized.utf8.count + lines.count + 16)
        for line in lines {
            if line.hasPrefix(".") { out.append(46) }
            out += line.utf8
            out += [13, 10]
        }
        return out
    }

}
