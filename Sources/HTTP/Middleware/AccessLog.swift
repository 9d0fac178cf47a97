import Foundation
import Glibc
import Synchronization

/// Logs one line per request to stdout: time, method, target, status, body bytes, duration.
/// `2026-11-25T17:16:48Z GET /cities?page=2 200 5123B 1.42ms`
public struct AccessLog: Middleware {
    private let write: @Sendable (String) -> Void
    private let redact: @Sendable (String) -> String

    /// `write` receives each line without its newline; the default prints to stdout. `redact` rewrites
    /// the request target before it is logged: the application hides what must never reach a log
    /// (tokens in paths or queries); the default logs the target as sent.
    public init(write: (@Sendable (String) -> Void)? = nil, redact: (@Sendable (String) -> String)? = nil) {
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
            let target = redact(request.target).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
            write("\(HTTPDate.iso8601(Int(Date().timeIntervalSince1970))) \(request.method) \(target) \(status.code) \(bytes)B "
                + String(format: "%.2fms", milliseconds))
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
