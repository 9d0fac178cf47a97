import Foundation

/// Where and how to send: parsed from `--smtp-url` (`GPM_SMTP_URL`), with the password read from
/// `--smtp-password-file` (`GPM_SMTP_PASSWORD_FILE`) or `GPM_SMTP_PASSWORD` — never from the URL, so it
/// never shows in a process list — and an optional CA file (`--smtp-ca-file`, `GPM_SMTP_CA_FILE`).
///
/// - `smtps://[user@]host[:465]`: TLS from the first byte.
/// - `smtp://user@host[:587]`: STARTTLS is required before AUTH; a server that does not offer it is
///   refused (credentials are never sent in clear).
/// - `smtp://host[:25]` without a user: STARTTLS when the server offers it, with the certificate verified
///   like any other (a bad certificate fails the delivery rather than falling back to clear text); plain
///   otherwise, as a local relay usually is. `?starttls=required` insists on it, `?starttls=never` never
///   tries (a relay on localhost with a self-signed certificate).
public struct SMTPSettings: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// How the connection is protected.
    public enum Security: String, Sendable, Equatable {
        /// TLS from the start (`smtps://`).
        case implicitTLS = "tls"
        /// STARTTLS, and no delivery without it.
        case startTLSRequired = "starttls"
        /// STARTTLS when offered (verified), clear otherwise.
        case startTLSOpportunistic = "opportunistic"
        /// Never TLS: a plain relay.
        case none = "none"
    }

    /// How long each step may take; the client gives up (a temporary failure) after that.
    public struct Timeouts: Sendable, Equatable {
        public var connect: Double
        /// Any reply, and each write.
        public var reply: Double
        /// The reply to the final "." of DATA (servers scan the message then; RFC 5321 allows 10 minutes).
        public var dataEnd: Double
        public init(connect: Double = 20, reply: Double = 60, dataEnd: Double = 120) {
            self.connect = connect
            self.reply = reply
            self.dataEnd = dataEnd
        }
    }

    /// Why settings were refused.
    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// A PEM file of trusted CA certificates instead of the system store.
    public var caFile: String?
    /// The name given in EHLO; the machine's host name by default.
    public var heloName: String
    public var timeouts: Timeouts

    public init(
        host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
        caFile: String? = nil, heloName: String? = nil, timeouts: Timeouts = Timeouts()
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.caFile = caFile
        self.heloName = heloName ?? Self.localHostName()
        self.timeouts = timeouts
    }

    /// Parses an `smtp://` or `smtps://` URL; `password` comes from a file or the environment.
    public init(url text: String, password: String? = nil, caFile: String? = nil) throws {
        guard let components = URLComponents(string: text.trimmingWhitespace), let scheme = components.scheme?.lowercased() else {
            throw Invalid("the SMTP URL '\(text)' is not a URL such as smtp://user@mail.example.org:587")
        }
        guard scheme == "smtp" || scheme == "smtps" else {
            throw Invalid("the SMTP URL must start with smtp:// or smtps://, not \(scheme)://")
        }
        guard components.password == nil else {
            throw Invalid("the SMTP URL must not hold the password (it would show in process lists): use --smtp-password-file or GPM_SMTP_PASSWORD")
        }
        guard let host = components.host, !host.isEmpty else { throw Invalid("the SMTP URL has no host") }
        guard components.path.isEmpty || components.path == "/" else { throw Invalid("the SMTP URL has a path; only smtp[s]://[user@]host[:port]") }
        let username = components.user.flatMap { $0.removingPercentEncoding ?? $0 }.flatMap { $0.isEmpty ? nil : $0 }
        var starttls: String?
        for item in components.queryItems ?? [] {
            guard item.name == "starttls", let value = item.value, ["required", "never", "auto"].contains(value) else {
                throw Invalid("the SMTP URL's only option is starttls=required|auto|never, not '\(item.name)=\(item.value ?? "")'")
            }
            starttls = value
        }
        let security: Security
        if scheme == "smtps" {
            guard starttls == nil else { throw Invalid("smtps:// is TLS from the start; starttls= does not apply") }
            security = .implicitTLS
        } else if username != nil || starttls == "required" {
            guard starttls != "never" else {
                throw Invalid("smtp:// with a user needs STARTTLS (credentials are never sent in clear); use smtps:// for TLS from the start")
            }
            security = .startTLSRequired
        } else {
            security = starttls == "never" ? .none : .startTLSOpportunistic
        }
        if username != nil && (password ?? "").isEmpty {
            throw Invalid("the SMTP URL names user '\(username ?? "")' but no password was given: --smtp-password-file or GPM_SMTP_PASSWORD")
        }
        if username == nil && !(password ?? "").isEmpty {
            throw Invalid("a password was given but the SMTP URL names no user (smtp://user@host)")
        }
        let port = components.port ?? (scheme == "smtps" ? 465 : (username != nil ? 587 : 25))
        guard (1...65535).contains(port) else { throw Invalid("the SMTP port must be from 1 to 65535") }
        let unbracketed = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.init(host: unbracketed, port: port, security: security, username: username, password: password, caFile: caFile)
    }

    /// The settings from flags and environment, flags first: `url`, then the password from
    /// `passwordFile` (its first line; the file should be readable by the service only) or
    /// `GPM_SMTP_PASSWORD`. Nil when no SMTP URL is configured.
    public static func resolve(url: String?, passwordFile: String?, caFile: String?, environment: [String: String]) throws -> SMTPSettings? {
        guard let url = url ?? environment["GPM_SMTP_URL"], !url.isEmpty else {
            if passwordFile != nil || caFile != nil {
                throw Invalid("--smtp-password-file and --smtp-ca-file need --smtp-url (or GPM_SMTP_URL)")
            }
            return nil
        }
        var password = environment["GPM_SMTP_PASSWORD"]
        if let file = passwordFile ?? environment["GPM_SMTP_PASSWORD_FILE"], !file.isEmpty {
            let contents: String
            do {
                contents = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw Invalid("cannot read the SMTP password file \(file): \(error.localizedDescription)")
            }
            password = String(contents.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
        let caFile = caFile ?? environment["GPM_SMTP_CA_FILE"]
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw Invalid("cannot read the SMTP CA file \(caFile)")
        }
        return try SMTPSettings(url: url, password: password, caFile: caFile.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The URL again, without any secret: for logs and `mail-test`.
    public var redactedDescription: String {
        let scheme = security == .implicitTLS ? "smtps" : "smtp"
        let user = username.map { "\($0)@" } ?? ""
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let mode: String
        switch security {
        case .implicitTLS: mode = "TLS from the start"
        case .startTLSRequired: mode = "STARTTLS required"
        case .startTLSOpportunistic: mode = "STARTTLS if offered"
        case .none: mode = "no TLS"
        }
        return "\(scheme)://\(user)\(hostPart):\(port) (\(mode)\(username != nil ? ", AUTH with a password" : ""))"
    }

    /// Printing the settings never prints the password.
    public var description: String { redactedDescription }
    public var debugDescription: String { redactedDescription }

    static func localHostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // EHLO takes a domain or an address literal; a bare machine name is accepted by every server we know.
        return name.isEmpty || name.contains(where: { $0.isWhitespace }) ? "localhost" : name
    }
}
