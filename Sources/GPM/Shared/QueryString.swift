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
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
