/// The `Content-Disposition` of a download (RFC 6266): an ASCII `filename` any browser reads, and
/// the exact name as RFC 8187 `filename*` for those that understand it.
enum DownloadDisposition {
    static func attachment(filename: String) -> String {
        "attachment; filename=\"\(asciiFallback(filename))\"; filename*=UTF-8''\(extendedEncoding(filename))"
    }

    /// Non-ASCII, quotes, backslashes, `%` and controls become `_`, so nothing can end the quoted
    /// string or be decoded differently by different browsers.
    static func asciiFallback(_ filename: String) -> String {
        String(decoding: filename.unicodeScalars.map { scalar -> UInt8 in
            let value = scalar.value
            guard value >= 0x20, value < 0x7F, scalar != "\"", scalar != "\\", scalar != "%" else { return UInt8(ascii: "_") }
            return UInt8(value)
        }, as: UTF8.self)
    }

    /// Percent-encodes everything but RFC 8187 `attr-char`.
    static func extendedEncoding(_ filename: String) -> String {
        let allowed = Set("!#$&+-.^_`|~".utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in filename.utf8 {
            let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isAlphanumeric || allowed.contains(byte) {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
