import HTTP

/// The platform's paths, declared once per feature (`extension Paths { static let city = ... }` in each
/// feature's `*Paths.swift`) and used both to register routes and to write every link and form action,
/// so a link cannot point at a route that does not exist, nor a route's parameter change without its links.
///
/// Every link is built by `PathPattern.href`, the one place a language prefix (`/fr/…`) is added: a public
/// path written while a French page is being made (`RequestLanguage.current`) comes out as `/fr/cities`.
enum Paths {}

/// A route pattern split into its segments, with the names of its `:parameters` in order.
struct PathPattern: Sendable {
    enum Segment: Sendable {
        case literal(String)
        case parameter(String)
    }

    let text: String
    let segments: [Segment]
    /// The query parameters the page reads, in a fixed order: the page cache keys on them alone.
    /// Nil means "not declared" (the cache then keys on every parameter).
    let query: [String]?
    /// Whether the path is a public page (prefixed by language), a personal or a neutral one.
    let scope: LanguageScope

    init(_ text: String, query: [String]?) {
        precondition(text.hasPrefix("/"), "a path pattern starts with /: \(text)")
        self.text = text
        self.query = query
        scope = LanguageScope(pattern: text)
        segments = text.split(separator: "/").map { part in
            part.hasPrefix(":") ? .parameter(String(part.dropFirst())) : .literal(String(part))
        }
    }

    var parameterNames: [String] {
        segments.compactMap { if case .parameter(let name) = $0 { name } else { nil } }
    }

    /// The path with `values` in place of the parameters, in order, each percent-encoded as a segment,
    /// under the language prefix of the request being handled when the path is a public page.
    func href(_ values: [String]) -> String {
        guard scope == .public, let prefix = RequestLanguage.current.linkPrefix else { return unprefixedHref(values) }
        return text == "/" ? prefix + "/" : prefix + unprefixedHref(values)
    }

    /// The path in English (no prefix), whatever the request.
    func unprefixedHref(_ values: [String]) -> String {
        if values.isEmpty { return text }
        var path = ""
        path.reserveCapacity(text.utf8.count + values.reduce(0) { $0 + $1.utf8.count })
        var next = values.makeIterator()
        for segment in segments {
            path.append("/")
            switch segment {
            case .literal(let text): path.append(text)
            case .parameter: path.append(QueryString.escape(next.next() ?? ""))
            }
        }
        return path.isEmpty ? "/" : path
    }
}

/// A path without parameters: `/cities`, `/sign-in`.
struct Path: Sendable {
    let pattern: PathPattern

    init(_ text: String, query: [String]? = nil) {
        pattern = PathPattern(text, query: query)
        precondition(pattern.parameterNames.isEmpty, "\(text) has parameters: declare it as Path1 or Path2")
    }

    var href: String { pattern.href([]) }

    /// The path with a query string (`/cities?country=NL`); empty values are left out.
    func href(_ query: QueryString) -> String { href + query.encoded }
}

/// A path with one parameter: `/cities/:slug`.
struct Path1<A: PathParameter>: Sendable {
    let pattern: PathPattern

    init(_ text: String, query: [String]? = nil) {
        pattern = PathPattern(text, query: query)
        precondition(pattern.parameterNames.count == 1, "\(text) must have exactly one parameter")
    }

    func href(_ a: A) -> String { pattern.href([a.pathSegment]) }

    func href(_ a: A, _ query: QueryString) -> String { href(a) + query.encoded }
}

/// A path with two parameters: `/briefs/:city/:year`.
struct Path2<A: PathParameter, B: PathParameter>: Sendable {
    let pattern: PathPattern

    init(_ text: String, query: [String]? = nil) {
        pattern = PathPattern(text, query: query)
        precondition(pattern.parameterNames.count == 2, "\(text) must have exactly two parameters")
    }

    func href(_ a: A, _ b: B) -> String { pattern.href([a.pathSegment, b.pathSegment]) }
}
