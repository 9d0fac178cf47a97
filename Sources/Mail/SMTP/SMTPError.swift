/// A failed delivery, classified the way an outbox needs: `isPermanent` (a 5xx reply, or settings that
/// can never work) means "do not retry"; everything else — 4xx replies, connection errors, timeouts,
/// TLS failures (a certificate may be renewed) — is temporary.
public struct SMTPError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The server answered with a reply outside the expected class (4xx, 5xx).
        case reply(code: Int, text: String)
        /// Resolving, connecting, reading or writing failed, or the server closed the connection.
        case connection(String)
        /// No answer (or no progress writing) within the configured time.
        case timeout(String)
        /// The TLS handshake failed: protocol, or certificate verification (wrong host, unknown CA, expired).
        case tls(String)
        /// The server's answer is not SMTP.
        case protocolViolation(String)
        /// The server cannot do what the settings or message require (no STARTTLS where required, no
        /// AUTH mechanism we speak, no SMTPUTF8 for a non-ASCII address).
        case unsupported(String)
    }

    public let kind: Kind
    /// The command being answered when it failed ("MAIL FROM", "DATA", "connect"…).
    public let stage: String

    public init(_ kind: Kind, stage: String) {
        self.kind = kind
        self.stage = stage
    }

    /// The reply code, when the server gave one.
    public var replyCode: Int? {
        if case .reply(let code, _) = kind { return code }
        return nil
    }

    /// True for failures a retry cannot fix: 5xx replies and missing server capabilities.
    public var isPermanent: Bool {
        switch kind {
        case .reply(let code, _): code >= 500
        case .unsupported: true
        case .connection, .timeout, .tls, .protocolViolation: false
        }
    }

    public var isTemporary: Bool { !isPermanent }

    public var description: String {
        let what: String
        switch kind {
        case .reply(let code, let text): what = "the server answered \(code) \(text)"
        case .connection(let text): what = "connection failed: \(text)"
        case .timeout(let text): what = "timed out \(text)"
        case .tls(let text): what = "TLS failed: \(text)"
        case .protocolViolation(let text): what = "not an SMTP answer: \(text)"
        case .unsupported(let text): what = text
        }
        return "\(stage): \(what) (\(isPermanent ? "permanent" : "temporary") failure)"
    }
}
