import CCrypto

/// SHA-256 of secret tokens, so the database holds only what cannot be replayed, and constant-time
/// comparison of secrets, so timing reveals nothing of how much of a guess was right.
enum TokenDigest {
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = SHA256(bytes, bytes.count, &digest)
        return digest
    }

    /// The stored form of a token: SHA-256 of its UTF-8 text.
    static func hash(token: String) -> [UInt8] { sha256(Array(token.utf8)) }

    /// Equal length and equal bytes, in time that depends only on the length.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return CRYPTO_memcmp(a, b, a.count) == 0
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool { constantTimeEquals(Array(a.utf8), Array(b.utf8)) }
}
