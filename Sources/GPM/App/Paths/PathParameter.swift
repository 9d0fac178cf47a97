/// A value that can stand in a path segment of a route: parsed from the segment when a request arrives
/// (a value that does not parse answers 404, before the handler runs) and written back into links.
protocol PathParameter: Sendable {
    init?(pathSegment: String)
    var pathSegment: String { get }
}

extension String: PathParameter {
    /// Any non-empty segment (slugs, tokens); the handler decides whether it names something.
    init?(pathSegment: String) {
        guard !pathSegment.isEmpty else { return nil }
        self = pathSegment
    }

    var pathSegment: String { self }
}

extension Int: PathParameter {
    /// Decimal digits only, without sign or leading zero, at most 18 of them: `/briefs/+7`, `/briefs/007`
    /// and `/briefs/9999999999999999999` are not ids, and one id has one path.
    init?(pathSegment: String) {
        let digits = pathSegment.utf8
        guard (1...18).contains(digits.count), digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              digits.first != UInt8(ascii: "0") || digits.count == 1, let value = Int(pathSegment) else { return nil }
        self = value
    }

    var pathSegment: String { String(self) }
}
