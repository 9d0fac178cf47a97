/// What the server had read of a request it answers itself (`ServerErrorPage`): the request target and the
/// header fields, as far as they arrived and parsed before the error. Nothing here was validated — a target
/// may be cut short or malformed (that may be why the request failed) — so a page may only use it to choose
/// its wording (a language, a link), never to act on it. The server knows nothing of what the fields mean.
public struct ServerErrorRequest: Sendable {
    /// The request target as sent (`/fr/cities?q=%ZZ`), possibly cut short; nil when not even that arrived.
    public var target: String?
    /// The header fields read before the error (none when it was in the request line).
    public var headers: HTTPHeaders

    public init(target: String? = nil, headers: HTTPHeaders = [:]) {
        self.target = target
        self.headers = headers
    }

    /// Nothing known: the 503 of a full queue, which is written the same for everyone.
    public static let unknown = ServerErrorRequest()

    /// The most looked at in the bytes of a head that failed to parse: the request line's bound and the
    /// header section's (`ServerConfiguration`'s defaults), so a huge head costs no more than a valid one.
    static let salvageLimit = 8 * 1024 + 32 * 1024
    static let salvageFieldLimit = 100

    /// The target and fields of a head the parser refused, read leniently from its raw bytes: the request line's
    /// second word (cut at the line's end if there is no third), then every `name: value` line up to a blank
    /// line or the end, skipping lines that are not fields. Runs only on the error path.
    init(salvaging bytes: ArraySlice<UInt8>) {
        target = nil
        headers = [:]
        var rest = bytes.prefix(Self.salvageLimit).drop(while: { $0 == 0x0D || $0 == 0x0A })
        let lineEnd = rest.firstIndex(of: 0x0A)
        let requestLine = rest[..<(lineEnd ?? rest.endIndex)]
        let words = requestLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
        if words.count >= 2 {
            let target = words[1].prefix { $0 > 0x20 && $0 < 0x7F }
            self.target = target.isEmpty ? nil : String(decoding: target, as: UTF8.self)
        }
        guard let lineEnd else { return }
        rest = rest[(lineEnd + 1)...]
        while !rest.isEmpty, headers.fields.count < Self.salvageFieldLimit {
            let end = rest.firstIndex(of: 0x0A) ?? rest.endIndex
            var line = rest[..<end]
            rest = end < rest.endIndex ? rest[(end + 1)...] : rest[end...]
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[..<colon].allSatisfy(HeadParser.isTokenByte)
            else { continue }
            var value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
            guard value.allSatisfy({ $0 >= 0x20 && $0 != 0x7F || $0 == 0x09 }) else { continue }
            headers.add(String(decoding: line[..<colon], as: UTF8.self), String(decoding: value, as: UTF8.self))
        }
    }
}
