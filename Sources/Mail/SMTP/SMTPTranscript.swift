/// One line of an SMTP exchange, for `gpm mail-test` and logs: what was sent, what was received, or a
/// note by the client ("TLS established: TLSv1.3"). Credentials never appear: see `SMTPTranscriptRedactor`.
public struct SMTPTranscriptLine: Sendable, Equatable, CustomStringConvertible {
    /// Which way the line went.
    public enum Direction: Sendable, Equatable {
        case sent, received, note
    }

    public let direction: Direction
    public let text: String

    public init(_ direction: Direction, _ text: String) {
        self.direction = direction
        self.text = text
    }

    /// `C: EHLO host`, `S: 250 ok`, `*  TLS established`.
    public var description: String {
        switch direction {
        case .sent: "C: \(text)"
        case .received: "S: \(text)"
        case .note: "*  \(text)"
        }
    }
}

/// Hides credentials in a transcript: `AUTH PLAIN <base64>` becomes `AUTH PLAIN ***`, and every line the
/// client sends while the server is still asking (334) for credentials — the base64 user name and password of
/// AUTH LOGIN, a PLAIN response sent after an empty challenge — becomes `***`. Fed every line in order.
public struct SMTPTranscriptRedactor: Sendable {
    private var inAuthentication = false

    public init() {}

    /// The line as it may be shown.
    public mutating func sent(_ line: String) -> String {
        if inAuthentication { return "***" }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let verb = words.first, verb.uppercased() == "AUTH" else { return line }
        inAuthentication = true
        let mechanism = words.count > 1 ? " \(words[1])" : ""
        return "AUTH\(mechanism)\(words.count > 2 ? " ***" : "")"
    }

    /// A reply line; anything but a 334 challenge ends the authentication exchange.
    public mutating func received(_ line: String) -> String {
        if inAuthentication && !line.hasPrefix("334") { inAuthentication = false }
        return line
    }
}
