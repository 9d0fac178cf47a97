/// An error a handler throws to answer with a given status. `message` is meant for the client and
/// must hold nothing internal; `ErrorPages` decides how to render it.
public struct HTTPError: Error, Sendable, Equatable {
    public var status: HTTPStatus
    public var message: String

    public init(_ status: HTTPStatus, _ message: String? = nil) {
        self.status = status
        self.message = message ?? status.reasonPhrase
    }
}
