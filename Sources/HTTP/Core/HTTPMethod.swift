/// An HTTP request method (RFC 9110 §9). Known methods are static constants; any other token is
/// representable so the router can answer it with 405 or 501 rather than the parser rejecting it.
public struct HTTPMethod: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let get = HTTPMethod("GET")
    public static let head = HTTPMethod("HEAD")
    public static let post = HTTPMethod("POST")
    public static let put = HTTPMethod("PUT")
    public static let delete = HTTPMethod("DELETE")
    public static let patch = HTTPMethod("PATCH")
    public static let options = HTTPMethod("OPTIONS")

    public var description: String { rawValue }

    /// POST, PUT, PATCH or DELETE: the methods a form or client uses to change something, which CSRF
    /// checks and admission gates look at. GET and HEAD are answered first, without comparing the rest.
    public var changesState: Bool {
        if self == .get || self == .head { return false }
        return self == .post || self == .put || self == .patch || self == .delete
    }

    /// Maps the method token without allocating for the common methods.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> HTTPMethod {
        func equals(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == bytes.count else { return false }
            let pointer = literal.utf8Start
            for index in 0..<bytes.count where pointer[index] != bytes[index] { return false }
            return true
        }
        if equals("GET") { return .get }
        if equals("POST") { return .post }
        if equals("HEAD") { return .head }
        if equals("PUT") { return .put }
        if equals("DELETE") { return .delete }
        if equals("PATCH") { return .patch }
        if equals("OPTIONS") { return .options }
        return HTTPMethod(String(decoding: bytes, as: UTF8.self))
    }
}
