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
