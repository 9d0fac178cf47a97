import CCrypto

/// scrypt cost parameters. They are written into every hash, so raising them later leaves old hashes
/// verifiable (and rehashed at their owner's next sign-in).
public struct ScryptParameters: Sendable, Equatable {
    /// log2 of N, the CPU/memory cost.
    public var logN: Int
    public var r: Int
    public var p: Int

    public init(logN: Int, r: Int, p: Int) {
        self.logN = logN
        self.r = r
        self.p = p
    }

    /// N = 2^15, r = 8, p = 1: about 32 MiB and tens of milliseconds per hash.
    public static let standard = ScryptParameters(logN: 15, r: 8, p: 1)
    /// Cheap parameters for tests only.
    public static let testing = ScryptParameters(logN: 10, r: 8, p: 1)

    /// True when `self` costs less than `other` in any dimension.
    func isWeaker(than other: ScryptParameters) -> Bool { logN < other.logN || r < other.r || p < other.p }

    /// Bounds for parameters read back from the database, so a corrupt row cannot demand gigabytes.
    var isWithinBounds: Bool { (1...22).contains(logN) && (1...32).contains(r) && (1...16).contains(p) }
}

/// Password hashing with scrypt from libcrypto. Stored form: `scrypt$15$8$1$<salt b64url>$<hash b64url>`.
public struct PasswordHasher: Sendable {
    public static let minimumLength = 12
    public static let maximumLength = 1024
    static let saltLength = 16
    static let keyLength = 32

    public var parameters: ScryptParameters

    public init(parameters: ScryptParameters = .standard) { self.parameters = parameters }

    /// Why a new password is refused, in words for the form; nil when it is acceptable.
    static func problem(with password: String, messages: Messages = Localization.englishOnly.messages(.en)) -> String? {
        let length = password.count
        if length < minimumLength { return messages.tn("Use at least {count} character.", "Use at least {count} characters.", count: minimumLength) }
        if length > maximumLength { return messages.tn("Use at most {count} character.", "Use at most {count} characters.", count: maximumLength) }
        return nil
    }

    public func hash(_ password: String) throws -> String {
        let salt = try SecureRandom.bytes(Self.saltLength)
        let key = try Self.derive(password, salt: salt, parameters)
        return "scrypt$\(parameters.logN)$\(parameters.r)$\(parameters.p)$\(Base64URL.encode(salt))$\(Base64URL.encode(key))"
    }

    /// True when `password` matches `stored`; false for any malformed stored string.
    public func verify(_ password: String, against stored: String) -> Bool {
        guard let decoded = Self.decode(stored), password.utf8.count <= Self.maximumLength * 4,
              let key = try? Self.derive(password, salt: decoded.salt, decoded.parameters)
        else { return false }
        return TokenDigest.constantTimeEquals(key, decoded.key)
    }

    /// True when `stored` was made with parameters cheaper than the current ones.
    public func needsRehash(_ stored: String) -> Bool {
        guard let decoded = Self.decode(stored) else { return true }
        return decoded.parameters.isWeaker(than: parameters)
    }

    static func decode(_ stored: String) -> (parameters: ScryptParameters, salt: [UInt8], key: [UInt8])? {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let logN = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
              let salt = Base64URL.decode(parts[4]), let key = Base64URL.decode(parts[5]), !salt.isEmpty, key.count == keyLength
        else { return nil }
        let parameters = ScryptParameters(logN: logN, r: r, p: p)
        return parameters.isWithinBounds ? (parameters, salt, key) : nil
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "scrypt failed" }
    }

    private static func derive(_ password: String, salt: [UInt8], _ parameters: ScryptParameters) throws -> [UInt8] {
        let n = UInt64(1) << UInt64(parameters.logN)
        let r = UInt64(parameters.r), p = UInt64(parameters.p)
        // scrypt needs 128·N·r·p bytes (plus a little); libcrypto refuses above `maxmem`.
        let maxMemory = 128 * n * r * (p + 1) + (1 << 20)
        var key = [UInt8](repeating: 0, count: keyLength)
        let passwordChars = password.utf8.map { CChar(bitPattern: $0) }
        let status = EVP_PBE_scrypt(passwordChars, passwordChars.count, salt, salt.count, n, r, p, maxMemory, &key, key.count)
        guard status == 1 else { throw Failure() }
        return key
    }
}
