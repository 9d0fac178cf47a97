import HTTP

/// `/healthz` for monitors (answers 503 when the database does not), and `/plaintext`, the
/// benchmark route that measures the server alone.
enum HealthRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let health = HealthService(database: app.database)
        routes.get(Paths.health) { _ in
            // Any failure is the answer itself (503), not an error page: monitors read the status.
            do {
                guard try health.databaseAnswers() else { throw HTTPError(.serviceUnavailable) }
                var response = Response.json(#"{"status":"ok","database":"ok"}"# + "\n")
                response.headers.add("Cache-Control", "no-store")
                return response
            } catch {
                return .json(#"{"status":"unavailable","database":"error"}"# + "\n", status: .serviceUnavailable)
            }
        }
        let hello = Array("Hello, World!".utf8)
        routes.get(Paths.plaintext, runsInline: true) { _ in
            Response(headers: ["Content-Type": "text/plain"], body: hello)
        }
    }
}
