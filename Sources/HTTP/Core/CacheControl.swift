/// Reading `Cache-Control` field values (RFC 9111 §5.2): a comma-separated list of directives, each a
/// case-insensitive token optionally followed by `=value`. Scanned over the bytes, without allocating,
/// because caches ask it on every request.
public enum CacheControl {
    /// Whether `directive` (lowercase ASCII, e.g. `no-cache`) is one of the directives of `value`.
    public static func hasDirective(_ directive: StaticString, in value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            let wanted = UnsafeBufferPointer(start: directive.utf8Start, count: directive.utf8CodeUnitCount)
            var index = 0
            while index < bytes.count {
                // Skip separators and whitespace before a directive.
                while index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: " ")
                    || bytes[index] == UInt8(ascii: "\t") { index += 1 }
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "="),
                      bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t") { index += 1 }
                if index - start == wanted.count, matchesLowercased(bytes, from: start, wanted) { return true }
                // Skip the rest of this directive (its value, possibly a quoted string holding commas).
                var quoted = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == UInt8(ascii: "\\"), quoted { index += 1 }
                    else if byte == UInt8(ascii: ","), !quoted { break }
                    index += 1
                }
            }
            return false
        }
    }

    private static func matchesLowercased(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<wanted.count {
            var byte = bytes[start + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != wanted[offset] { return false }
        }
        return true
    }
}
