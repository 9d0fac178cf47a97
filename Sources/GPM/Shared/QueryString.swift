/// Builds the query part of links (filters, sorting, pages), percent-encoding every value.
struct QueryString {
    private(set) var items: [(String, String)] = []

    init(_ items: [(String, String)] = []) { self.items = items }

    /// Adds a pair unless the value is empty: an empty filter is no filter.
    mutating func add(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        items.append((name, value))
    }

    func adding(_ name: String, _ value: String?) -> QueryString {
        var copy = self
        copy.add(name, value)
        return copy
    }

    func removing(_ name: String) -> QueryString { QueryString(items.filter { $0.0 != name }) }

    /// "?a=1&b=x%20y", or "" when there is nothing to say.
    var encoded: String {
        items.isEmpty ? "" : "?" + items.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
    }

    /// RFC 3986 unreserved characters stay; everything else is percent-encoded as UTF-8.
    /// Slugs, the common case, are returned as they are, without building a new string: links are built
    /// by the hundred on a page.
    static func escape(_ text: String) -> String {
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
