import HTTP
import SQLite

/// `/healthz` for monitors (answers 503 when the database does not), and `/plaintext`, the
/// benchmark route that measures the server alone.
enum HealthRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        router.get("/healthz") { _ in
            do {
                let one: Int? = try app.database.read { try $0.scalar("SELECT 1") }
                guard one == 1 else { throw HTTPError(.serviceUnavailable) }
                var response = Response.json(#"{"status":"ok","database":"ok"}"# + "\n")
                response.headers.add("Cache-Control", "no-store")
                return response
            } catch {
                return .json(#"{"status":"unavailable","database":"error"}"# + "\n", status: .serviceUnavailable)
            }
        }
        let hello = Array("Hello, World!".utf8)
        router.get("/plaintext", runsInline: true) { _ in
            Response(headers: ["Content-Type": "text/plain"], body: hello)
        }
    }
}
