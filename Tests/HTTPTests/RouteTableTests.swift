import Testing
@testable import HTTP

/// The route table: clashing registrations stop the start, and a request is matched once, at its head.
@Suite struct RouteTableTests {
    @Test func aSecondNameForOneParameterStopsTheStart() throws {
        var router = Router()
        router.get("/briefs/:id") { request in .text(request.pathParameters["id"] ?? "") }
        router.get("/briefs/:slug/edit") { request in .text(request.pathParameters["slug"] ?? "") }
        #expect(router.conflicts.count == 1)
        #expect(router.conflicts.first?.description.contains(":slug") == true)
        var configuration = ServerConfiguration()
        configuration.port = 0
        let server = Server(configuration: configuration, router: router)
        #expect(throws: RouteConflict.self) { try server.start() }
        server.waitUntilStopped()  // never started: returns at once
    }

    @Test func aRouteRegisteredTwiceStopsTheStart() {
        var router = Router()
        router.get("/cities") { _ in .text("a") }
        router.get("/cities") { _ in .text("b") }
        router.post("/cities") { _ in .text("c") }  // another method is no clash
        #expect(router.conflicts.map(\.description) == ["GET /cities is registered twice (first as /cities)"])
    }

    @Test func theMatchMadeAtTheHeadTravelsToTheHandler() throws {
        var router = Router()
        router.get("/cities/:slug") { request in
            .text("\(request.routeMatch?.pattern ?? "unmatched") \(request.pathParameters["slug"] ?? "")")
        }
        var configuration = ServerConfiguration()
        configuration.port = 0
        let server = Server(configuration: configuration, router: router)
        let port = try server.start()
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }
        let client = try RawClient(port: port)
        client.send("GET /cities/delft HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try #require(try client.readResponse())
        #expect(response.body == Array("/cities/:slug delft".utf8))
    }
}
