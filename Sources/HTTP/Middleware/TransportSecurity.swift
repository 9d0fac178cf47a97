/// What a response to an HTTPS request must carry: every `Set-Cookie` marked `Secure` (the browser will
/// never send it over plain HTTP) and `Strict-Transport-Security` (the browser will not try plain HTTP
/// again). Applied when the request arrived over HTTPS (`Request.scheme`, known from a trusted proxy), or
/// always when `forced` (the operator says every visitor comes over HTTPS). Plain HTTP stays untouched.
public struct TransportSecurity: Middleware {
    /// One year, nginx's and Mozilla's usual value; no `includeSubDomains`: other hosts of the domain
    /// are not ours to decide for.
    public static let strictTransportSecurity = "max-age=31536000"

    public let forced: Bool

    public init(forced: Bool = false) { self.forced = forced }

    public func respond(to request: Request, next: Handler) throws -> Response {
        var response = try next(request)
        guard forced || request.scheme == .https else { return response }
        Self.secure(&response)
        return response
    }

    /// Marks the cookies `Secure` and adds HSTS unless the handler set its own.
    static func secure(_ response: inout Response) {
        for index in response.headers.fields.indices where response.headers.fields[index].name.equalsIgnoringASCIICase("Set-Cookie") {
            let value = response.headers.fields[index].value
            let attributes = value.split(separator: ";").dropFirst().map { $0.trimmingOWS() }
            if !attributes.contains(where: { $0.equalsIgnoringASCIICase("Secure") }) {
                response.headers.fields[index].value = value + "; Secure"
            }
        }
        if !response.headers.contains("Strict-Transport-Security") {
            response.headers.add("Strict-Transport-Security", strictTransportSecurity)
        }
    }
}
