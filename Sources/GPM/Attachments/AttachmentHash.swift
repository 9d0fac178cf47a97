import Foundation
import CCrypto

/// The content address of an attachment: SHA-256 of its bytes as 64 lowercase hex digits,
/// computed by libcrypto (fast on multi-megabyte files).
enum AttachmentHash {
    static func sha256(_ bytes: some ContiguousBytes) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBytes { input in
            _ = SHA256(input.bindMemory(to: UInt8.self).baseAddress, input.count, &digest)
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// True for a well-formed address (what a URL must hold before it reaches SQL).
    static func isValid(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
