/// A cookie to set on the client (`Set-Cookie`, RFC 6265 §4.1).
public struct Cookie: Sendable, Equatable {
    /// The `SameSite` attribute.
    public enum SameSite: String, Sendable { case lax = "Lax", strict = "Strict", none = "None" }

    public var name: String
    public var value: String
    public var path: String?
    public var maxAge: Int?
    public var httpOnly: Bool
    public var secure: Bool
    public var sameSite: SameSite?

    public init(
        name: String, value: String, path: String? = "/", maxAge: Int? = nil,
        httpOnly: Bool = true, secure: Bool = false, sameSite: SameSite? = .lax
    ) {
        self.name = name
        self.value = value
        self.path = path
        self.maxAge = maxAge
        self.httpOnly = httpOnly
        self.secure = secure
        self.sameSite = sameSite
    }

    /// A cookie that tells the client to forget `name`.
    public static func expired(_ name: String, path: String? = "/") -> Cookie {
        Cookie(name: name, value: "", path: path, maxAge: 0)
    }

    /// The `Set-Cookie` field value. Characters a cookie value may not hold are percent-encoded,
    /// so a value can never inject attributes or split the response.
    public var headerValue: String {
        var result = Cookie.tokenOnly(name) + "=" + (value.utf8.allSatisfy(Cookie.isCookieOctet) ? value : PercentDecoding.encode(value))
        if let path, path.utf8.allSatisfy({ Cookie.isCookieOctet($0) || $0 == UInt8(ascii: " ") }) { result += "; Path=\(path)" }
        if let maxAge { result += "; Max-Age=\(maxAge)" }
        if httpOnly { result += "; HttpOnly" }
        if secure || sameSite == SameSite.none { result += "; Secure" }
        if let sameSite { result += "; SameSite=\(sameSite.rawValue)" }
        return result
    }

    static func isCookieOctet(_ byte: UInt8) -> Bool {
        byte == 0x21 || (0x23...0x2B).contains(byte) || (0x2D...0x3A).contains(byte) || (0x3C...0x5B).contains(byte)
            || (0x5D...0x7E).contains(byte)
    }

    private static func tokenOnly(_ name: String) -> String {
        String(decoding: name.utf8.filter(HeadParser.isTokenByte), as: UTF8.self)
    }

    /// Parses a request's `Cookie` header(s) into name → value; the first occurrence of a name wins.
    static func parse(_ headerValues: [String]) -> [String: String] {
        var cookies: [String: String] = [:]
        for header in headerValues {
            for pair in header.split(separator: ";") {
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let name = String(pair[..<equals].trimmingOWS())
                var value = pair[pair.index(after: equals)...].trimmingOWS()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
                if !name.isEmpty, cookies[name] == nil { cookies[name] = String(value) }
            }
        }
        return cookies
    }
}
