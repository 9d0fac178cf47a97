/// The URI scheme a client used to reach the platform. The server speaks plain HTTP; `https` is known
/// only from a trusted reverse proxy that terminated TLS (`Forwarded: proto=`, `X-Forwarded-Proto`).
public enum Scheme: String, Sendable, Hashable {
    case http
    case https

    /// Parses a scheme as proxies send it (`https`, `HTTP`); nil for anything else.
    public init?(forwarded text: some StringProtocol) {
        if text.equalsIgnoringASCIICase("https") {
            self = .https
        } else if text.equalsIgnoringASCIICase("http") {
            self = .http
        } else {
            return nil
        }
    }
}
