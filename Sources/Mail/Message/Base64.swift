import Foundation

/// Base64 for encoded-words, AUTH payloads and the `base64` transfer encoding (Foundation's, named once).
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
    static func encode(_ text: String) -> String { encode(Array(text.utf8)) }
}
