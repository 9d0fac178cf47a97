import CCrypto
import Foundation

/// Unpredictable bytes and tokens from libcrypto's CSPRNG (`RAND_bytes`), for session, invitation and
/// reset tokens, salts and generated passwords.
enum SecureRandom {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "the system's random number generator failed" }
    }

    static func bytes(_ count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&bytes, Int32(count)) == 1 else { throw Failure() }
        return bytes
    }

    /// 32 random bytes (256 bits) as unpadded base64url: safe in cookies and URL paths.
    static func token() throws -> String { Base64URL.encode(try bytes(32)) }
}

/// Unpadded base64url (RFC 4648 §5).
enum Base64URL {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard !base64.contains("=") || text.isEmpty else { return nil }
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map { Array($0) }
    }
}
