import Dispatch
import Testing
@testable import HTTP

/// `Server.statistics` (what the application's `/metrics` reads) and the router's pattern indexes (how it
/// counts by route without a lookup).
@Suite struct ServerStatisticsTests {
    /// One worker held inside a handler: the next requests queue, and every connection is counted.
    @Test func countsConnectionsQueueAndBusyWorkers() throws {
        let release = DispatchSemaphore(value: 0)
        let server = try TestServer(configure: { $0.workerCount = 1 }) { _ in
            release.wait()
            return .text("done")
        }
        #expect(server.server.statistics.workerThreads == 1)
        let clients = try (0..<3).map { _ in try server.client() }
        for client in clients { client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n") }
        #expect(eventually {
            let now = server.server.statistics
            return now.openConnections == 3 && now.busyWorkers == 1 && now.queuedRequests == 2
        }, "\(server.server.statistics)")
        for _ in 0..<3 { release.signal() }
        for client in clients { #expect(try client.readResponse()?.status == 200) }
        #expect(eventually { server.server.statistics.queuedRequests == 0 && server.server.statistics.busyWorkers == 0 })
    }

    @Test func isAllZeroBeforeStart() {
        let server = Server(configuration: ServerConfiguration()) { _ in .text("") }
        #expect(server.statistics == ServerStatistics())
    }

    @Test func eachPatternHasOneIndexWhateverItsMethods() {
        var router = Router()
        router.get("/cities") { _ in .text("") }
        router.get("/cities/:slug") { _ in .text("") }
        router.post("/cities/:slug") { _ in .text("") }
        router.get("/files/*path") { _ in .text("") }
        #expect(router.patterns == ["/cities", "/cities/:slug", "/files/*path"])
        func head(_ method: HTTPMethod, _ path: String) -> RequestHead {
            RequestHead(method: method, target: path, path: path, query: FormFields(), version: .http1_1, headers: [:])
        }
        #expect(router.match(head(.get, "/cities")).patternIndex == 0)
        #expect(router.match(head(.post, "/cities/lyon")).patternIndex == 1)
        #expect(router.match(head(.get, "/cities/lyon")).patternIndex == 1)
        #expect(router.match(head(.delete, "/cities/lyon")).patternIndex == 1, "405 keeps the pattern")
        #expect(router.match(head(.get, "/files/a/b.css")).patternIndex == 2)
        #expect(router.match(head(.get, "/nope")).patternIndex == nil)
    }
}
