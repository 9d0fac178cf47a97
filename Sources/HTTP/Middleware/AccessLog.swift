import Foundation
import Glibc
import Synchronization

/// Logs one line per request to stdout, as text or as JSON (`AccessLogEntry`):
/// `2026-11-25T17:16:48Z 203.0.113.7 GET /cities?page=2 200 5123B 1.42ms`, or
/// `{"time":…,"client":…,"peer":…,"scheme":…,"method":…,"target":…,"route":…,"status":…,"bytes":…,"duration_ms":…}`.
public struct AccessLog: Middleware {
    /// How each line is written.
    public enum Format: String, Sendable, CaseIterable {
        /// For people reading a console: time, client, method, target, status, bytes, duration.
        case text
        /// One JSON object per line with exactly the fields `time`, `client`, `peer`, `scheme`, `method`,
        /// `target`, `route`, `status`, `bytes`, `duration_ms`, for log collectors and test suites.
        case json
    }

    private let format: Format
    private let write: @Sendable (String) -> Void
    private let redact: @Sendable (String) -> String

    /// `write` receives each line without its newline; the default prints to stdout. `redact` rewrites
    /// the request target before it is logged: the application hides what must never reach a log
    /// (tokens in paths or queries); the default logs the target as sent.
    public init(
        format: Format = .text, write: (@Sendable (String) -> Void)? = nil, redact: (@Sendable (String) -> String)? = nil
    ) {
        self.format = format
        self.write = write ?? AccessLog.standardOutput
        self.redact = redact ?? { $0 }
    }

    public func respond(to request: Request, next: Handler) throws -> Response {
        let start = ContinuousClock.now
        var status = HTTPStatus.internalServerError
        var bytes = 0
        defer {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let entry = AccessLogEntry(
                time: Int(Date().timeIntervalSince1970), client: request.clientAddress, peer: request.remoteAddress,
                scheme: request.scheme, method: request.method, target: redact(request.target),
                route: request.routeMatch?.pattern, status: status.code, bytes: bytes, durationMilliseconds: milliseconds)
            write(format == .json ? entry.json : entry.text)
        }
        let response = try next(request)
        status = response.status
        bytes = request.method == .head ? 0 : response.body.count
        return response
    }

    private static let outputLock = Mutex(())

    private static func standardOutput(_ line: String) {
        outputLock.withLock { _ in
            var line = line + "\n"
            line.withUTF8 { _ = Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
    }
}
