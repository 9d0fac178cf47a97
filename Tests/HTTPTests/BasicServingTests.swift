import Foundation
import Testing
@testable import HTTP

@Suite struct BasicServingTests {
    @Test func answersASimpleGet() throws {
        let server = try TestServer()
        let response = try #require(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(response.status == 200)
        #expect(response.bodyText == "hello")
        #expect(response.header("Content-Length") == "5")
        #expect(response.header("Server") == "gpm")
        #expect(response.header("Date")?.hasSuffix("GMT") == true)
        #expect(response.header("Connection") == nil)
    }
}

@Suite struct ServerLifecycleTests {
    @Test func aTakenPortIsAnErrorAndTheServerCanRetry() throws {
        let first = try TestServer()
        var configuration = ServerConfiguration()
        configuration.port = first.port
        let second = Server(configuration: configuration) { _ in .text("second") }
        #expect(throws: (any Error).self) { try second.start() }
        second.waitUntilStopped()  // returns at once: never started
    }

    @Test func stopsWithoutConnectionsPromptly() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        let server = Server(configuration: configuration) { _ in .text("ok") }
        let port = try server.start()
        #expect(port > 0)
        server.shutdown()
        server.waitUntilStopped()
        #expect(throws: (any Error).self) { try RawClient(port: port) }
    }
}
