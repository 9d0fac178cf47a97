/// Decoded `name=value` pairs of a query string or an `application/x-www-form-urlencoded` body,
/// in order, duplicates kept (checkbox groups repeat a name).
public struct FormFields: Sendable, Sequence {
    public typealias Field = (name: String, value: String)
    public private(set) var fields: [Field] = []

    public init() {}

    /// Decodes `a=1&b=x+y%21`. Throws `HTTPError(400)` for a malformed escape or invalid UTF-8.
    public init(urlEncoded bytes: some Collection<UInt8>) throws {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let rawName = equals.map { pair[pair.startIndex..<$0] } ?? pair[...]
            let rawValue = equals.map { pair[pair.index(after: $0)...] } ?? pair[pair.endIndex...]
            guard let name = PercentDecoding.decode(rawName, plusIsSpace: true),
                let value = PercentDecoding.decode(rawValue, plusIsSpace: true)
            else { throw HTTPError(.badRequest, "Malformed form encoding.") }
            fields.append((name: name, value: value))
        }
    }

    public init(urlEncoded string: String) throws { try self.init(urlEncoded: Array(string.utf8)) }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// The first value for `name`.
    public subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value for `name`, in order.
    public func values(for name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }
}
