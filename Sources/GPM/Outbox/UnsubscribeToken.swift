import Foundation

/// The token in a one-click unsubscribe link (`/unsubscribe/:token`, RFC 8058): who and which topic, signed
/// with HMAC-SHA-256 under the key in `mail_settings`. It authenticates the unsubscribe POST by itself, as
/// a mail client sends it without cookies or form token; a forged or altered token verifies as nil. It can
/// only turn one topic off for one person, so it is not stored and never expires.
struct UnsubscribeToken: Sendable, Equatable {
    let userID: Int
    let topic: MailTopic

    /// `<user>.<topic>.<base64url HMAC>`: path-safe as it is.
    func signed(key: [UInt8]) -> String {
        "\(userID).\(topic.rawValue).\(Base64URL.encode(Self.mac(userID: userID, topic: topic, key: key)))"
    }

    /// The token `text` stands for, when its signature is right.
    static func verify(_ text: String, key: [UInt8]) -> UnsubscribeToken? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let userID = Int(parts[0]), userID > 0, let topic = MailTopic(rawValue: String(parts[1])),
              let sent = Base64URL.decode(String(parts[2]))
        else { return nil }
        guard TokenDigest.constantTimeEquals(sent, mac(userID: userID, topic: topic, key: key)) else { return nil }
        return UnsubscribeToken(userID: userID, topic: topic)
    }

    private static func mac(userID: Int, topic: MailTopic, key: [UInt8]) -> [UInt8] {
        hmacSHA256(key: key, message: Array("gpm-unsubscribe:\(userID):\(topic.rawValue)".utf8))
    }

    /// RFC 2104 over SHA-256 (block size 64), from the SHA-256 the platform already links.
    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > 64 ? TokenDigest.sha256(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        let inner = TokenDigest.sha256(block.map { $0 ^ 0x36 } + message)
        return TokenDigest.sha256(block.map { $0 ^ 0x5c } + inner)
    }
}
