/// Adds security-related response headers unless the handler already set them.
public struct SecurityHeaders: Middleware {
    public var headers: HTTPHeaders

    /// Sensible defaults for a server-rendered site with no inline scripts from elsewhere.
    public static let defaults: HTTPHeaders = [
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
        "Cross-Origin-Opener-Policy": "same-origin",
    ]

    public init(headers: HTTPHeaders = SecurityHeaders.defaults) { self.headers = headers }

    public func respond(to request: Request, next: Handler) throws -> Response {
        var response = try next(request)
        for field in headers where !response.headers.contains(field.name) { response.headers.add(field.name, field.value) }
        return response
    }
}
