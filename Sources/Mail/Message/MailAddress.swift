/// One mailbox: an address (`local@domain`) and an optional display name. The address is checked on
/// creation so that nothing that could end a header or an SMTP command (CR, LF, `<`, `>`, spaces,
/// commas…) ever reaches one; the display name may be anything a user typed, it is encoded on output.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// Why an address was refused.
    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let address: String
        public let reason: String
        public var description: String { "invalid email address '\(address.debugDescription.dropFirst().dropLast())': \(reason)" }
    }

    public let address: String
    public let displayName: String?

    /// `address` must be `local@domain` with no spaces, controls or the specials that delimit addresses;
    /// non-ASCII is allowed (it then needs SMTPUTF8 from the server).
    public init(_ address: String, name: String? = nil) throws {
        let trimmed = address.trimmingWhitespace
        guard let at = trimmed.lastIndex(of: "@") else { throw Invalid(address: address, reason: "no @") }
        let local = trimmed[..<at], domain = trimmed[trimmed.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { throw Invalid(address: address, reason: "empty part before or after @") }
        guard trimmed.utf8.count <= 254 else { throw Invalid(address: address, reason: "longer than 254 bytes") }
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", "\\", ",", ";", ":", "\"", "@", " "]
        for scalar in local.unicodeScalars where scalar.value < 0x21 || scalar.value == 0x7F || forbidden.contains(scalar) {
            throw Invalid(address: address, reason: "the part before @ holds a space, control or special character")
        }
        for scalar in domain.unicodeScalars where scalar.value < 0x21 || scalar.value == 0x7F || forbidden.contains(scalar) {
            throw Invalid(address: address, reason: "the domain holds a space, control or special character")
        }
        guard !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else {
            throw Invalid(address: address, reason: "the domain has an empty label")
        }
        self.address = trimmed
        let name = name.map(\.trimmingWhitespace)
        self.displayName = (name?.isEmpty ?? true) ? nil : name
    }

    /// Parses `Name <local@domain>` or a bare `local@domain` (the form `--mail-from` takes).
    public init(parsing text: String) throws {
        let text = text.trimmingWhitespace
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            var name = String(text[..<open]).trimmingWhitespace
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            try self.init(String(text[text.index(after: open)..<text.index(before: text.endIndex)]), name: name)
        } else {
            try self.init(text)
        }
    }

    /// True when the address itself (not the name) has non-ASCII characters: sending needs SMTPUTF8.
    public var needsSMTPUTF8: Bool { !address.utf8.allSatisfy { $0 < 0x80 } }

    /// The header form: `"Name" <address>`, `=?UTF-8?B?…?= <address>` or `address`.
    public var headerValue: String {
        guard let name = displayName else { return address }
        return "\(HeaderEncoding.phrase(name)) <\(address)>"
    }

    public var description: String { headerValue }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
