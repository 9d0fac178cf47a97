import Foundation

/// One email as RFC 5322 wants it: the caller gives the `Message-ID` (kept in the outbox, so a message
/// re-sent after a crash keeps it) and the `Date`; `rendered()` writes headers and a UTF-8 body that is
/// 7-bit clean (quoted-printable), with CRLF line ends and no line over 998 characters. With an HTML body
/// it is `multipart/alternative` (text first, HTML last, as clients prefer the last they can show).
public struct MailMessage: Sendable {
    /// A header the caller adds (`List-Unsubscribe`, `List-Unsubscribe-Post`, `Auto-Submitted`…).
    public struct Header: Sendable, Equatable {
        public let name: String
        public let value: String
        /// `name` must be printable ASCII without ':' or spaces (refused otherwise); `value` is made one
        /// line and encoded if it is not ASCII, like a subject.
        public init(_ name: String, _ value: String) throws {
            guard !name.isEmpty, name.utf8.allSatisfy({ $0 > 32 && $0 < 127 && $0 != 58 }) else {
                throw MailMessage.Invalid(description: "invalid header name '\(HeaderEncoding.singleLine(name))'")
            }
            guard !MailMessage.composedHeaders.contains(name.lowercased()) else {
                throw MailMessage.Invalid(description: "the header '\(name)' is written by the composer")
            }
            self.name = name
            self.value = value
        }
    }

    /// Why a message cannot be composed.
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Headers `rendered()` writes itself; an extra header may not repeat them.
    static let composedHeaders: Set<String> = [
        "from", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id", "mime-version",
        "content-type", "content-transfer-encoding",
    ]

    public var from: MailAddress
    public var to: [MailAddress]
    public var replyTo: MailAddress?
    public var subject: String
    /// `<unique@domain>`, angle brackets included; see `MailMessage.messageID(unique:domain:)`.
    public var messageID: String
    public var date: Date
    public var text: String
    public var html: String?
    public var extraHeaders: [Header]
    /// The multipart boundary; random unless a caller (a test) fixes it. It starts with "=_", which
    /// quoted-printable can never produce, so no part can contain it.
    public var boundary: String

    public init(
        from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, subject: String, messageID: String, date: Date,
        text: String, html: String? = nil, extraHeaders: [Header] = []
    ) throws {
        guard !to.isEmpty else { throw Invalid(description: "a message needs at least one recipient") }
        guard Self.isValidMessageID(messageID) else {
            throw Invalid(description: "a Message-ID looks like <unique@domain>, not '\(HeaderEncoding.singleLine(messageID))'")
        }
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.messageID = messageID
        self.date = date
        self.text = text
        self.html = html
        self.extraHeaders = extraHeaders
        var generator = SystemRandomNumberGenerator()
        self.boundary = "=_gpm_" + (0..<4).map { _ in String(generator.next() as UInt32, radix: 16) }.joined()
    }

    /// A Message-ID from a caller's unique text (a UUID, an outbox row's key) and the sender's domain.
    public static func messageID(unique: String, domain: String) -> String {
        let allowed = { (byte: UInt8) in (byte > 32 && byte < 127) && !"<>@()[]\\,;:\"".utf8.contains(byte) }
        let left = String(decoding: unique.utf8.filter(allowed), as: UTF8.self)
        let right = String(decoding: domain.utf8.filter(allowed), as: UTF8.self)
        return "<\(left.isEmpty ? "message" : left)@\(right.isEmpty ? "localhost" : right)>"
    }

    static func isValidMessageID(_ id: String) -> Bool {
        guard id.hasPrefix("<"), id.hasSuffix(">"), id.utf8.count <= 250 else { return false }
        let inner = id.dropFirst().dropLast()
        let parts = inner.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty }
            && inner.utf8.allSatisfy { $0 > 32 && $0 < 127 && !"<>()[]\\,;:\"".utf8.contains($0) }
    }

    /// The envelope: MAIL FROM is the From address, RCPT TO each recipient.
    public var envelopeSender: String { from.address }
    public var envelopeRecipients: [String] { to.map(\.address) }
    /// Non-ASCII in an address itself (not a name) needs the server's SMTPUTF8.
    public var needsSMTPUTF8: Bool { from.needsSMTPUTF8 || to.contains(where: \.needsSMTPUTF8) }

    /// RFC 5322 date, always in UTC: `Sun, 06 Dec 2026 14:35:18 +0000`.
    public static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// The whole message, headers and body, CRLF line ends, ending in CRLF.
    public func rendered() -> String {
        var lines: [String] = [
            HeaderEncoding.field("From", from.headerValue),
            HeaderEncoding.field("To", to.map(\.headerValue).joined(separator: ", ")),
        ]
        if let replyTo { lines.append(HeaderEncoding.field("Reply-To", replyTo.headerValue)) }
        lines += [
            HeaderEncoding.field("Subject", HeaderEncoding.unstructured(subject)),
            HeaderEncoding.field("Date", Self.rfc5322Date(date)),
            HeaderEncoding.field("Message-ID", messageID),
        ]
        for header in extraHeaders {
            // Printable ASCII (URLs, `List-Unsubscribe=One-Click`) goes as it is, even with "=?" in it;
            // anything else is made one line and encoded like a subject.
            let value = HeaderEncoding.isPlainASCII(header.value) ? header.value : HeaderEncoding.unstructured(header.value)
            lines.append(HeaderEncoding.field(header.name, value))
        }
        lines.append("MIME-Version: 1.0")
        if let html {
            lines += [
                "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"",
                "",
                "This is a message in two versions, text and HTML.",
                "",
                "--\(boundary)",
            ]
            lines += Self.textPart(text, subtype: "plain")
            lines += ["--\(boundary)"]
            lines += Self.textPart(html, subtype: "html")
            lines += ["--\(boundary)--", ""]
        } else {
            lines += Self.textPart(text, subtype: "plain")
            // The message ends with CRLF; a text ending in a line break already does.
            if !(lines.last ?? "").hasSuffix("\r\n") { lines.append("") }
        }
        return lines.joined(separator: "\r\n")
    }

    private static func textPart(_ body: String, subtype: String) -> [String] {
        [
            "Content-Type: text/\(subtype); charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            QuotedPrintable.encode(body),
        ]
    }
}
