/// The line-oriented connection an SMTP session talks over: clear text first, TLS after
/// `upgradeToTLS` (STARTTLS) or from the start (smtps). Replies are read line by line with a deadline.
final class MailConnection {
    private let socket: MailSocket
    private var tls: TLSChannel?
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    /// RFC 5321 §4.5.3.1.5 allows 512 bytes per reply line; servers write longer ones, but not this long.
    static let maximumLineLength = 16 * 1024

    init(socket: MailSocket) {
        self.socket = socket
    }

    var isTLS: Bool { tls != nil }
    var tlsVersion: String? { tls?.protocolVersion }

    /// Starts TLS on the socket. Bytes the server sent before the handshake (after its 220 to STARTTLS)
    /// would be read as if protected: refused (the STARTTLS command-injection attack, CVE-2011-0411's kind).
    func upgradeToTLS(host: String, caFile: String?, deadline: Deadline, stage: String) throws(SMTPError) {
        guard buffer.isEmpty else {
            throw SMTPError(.protocolViolation("the server sent data before the TLS handshake"), stage: stage)
        }
        tls = try TLSChannel(socket: socket, host: host, caFile: caFile, deadline: deadline, stage: stage)
    }

    /// One line without its CRLF (a bare LF is accepted too).
    func readLine(until deadline: Deadline, stage: String) throws(SMTPError) -> String {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 13 { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard buffer.count <= Self.maximumLineLength else {
                throw SMTPError(.protocolViolation("a reply line longer than \(Self.maximumLineLength) bytes"), stage: stage)
            }
            let count: Int
            if let tls {
                count = try tls.read(into: &chunk, until: deadline, stage: stage)
            } else {
                count = try socket.read(into: &chunk, until: deadline, stage: stage)
            }
            guard count > 0 else { throw SMTPError(.connection("the server closed the connection"), stage: stage) }
            buffer += chunk[..<count]
        }
    }

    func write(_ bytes: [UInt8], until deadline: Deadline, stage: String) throws(SMTPError) {
        if let tls {
            try tls.write(bytes, until: deadline, stage: stage)
        } else {
            try socket.write(bytes, until: deadline, stage: stage)
        }
    }

    func close() {
        tls?.shutdown()
        tls = nil
        socket.close()
    }
}
