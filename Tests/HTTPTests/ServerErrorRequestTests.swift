import Synchronization
import Testing
@testable import HTTP

/// The server's own error pages hear what it had read of the request (`ServerErrorRequest`), so an
/// application can word them — e.g. in the reader's language — without the server knowing how.
@Suite struct ServerErrorRequestTests {
    /// What the error page was given.
    final class Heard: Sendable {
        private let requests = Mutex<[ServerErrorRequest]>([])
        func append(_ request: ServerErrorRequest) { requests.withLock { $0.append(request) } }
        var first: ServerErrorRequest? { requests.withLock { $0.first } }
    }

    /// A state machine whose error page records what it was given.
    func machine(heard: Heard, bodyLimit: Int = 1 << 20) -> ConnectionStateMachine {
        let page = ServerErrorPage { status, request in
            heard.append(request)
            return .text("\(status.code)", status: status)
        }
        return ConnectionStateMachine(
            limits: ParserLimits(),
            timeouts: ConnectionTimeouts(head: 10, body: 10, idle: 10, write: 10),
            defaultBodyLimit: bodyLimit, matchRoute: { _ in RouteMatch(options: RouteOptions()) }, remoteAddress: "127.0.0.1", errorPage: page, now: 0)
    }

    func feed(_ machine: inout ConnectionStateMachine, _ text: String) -> ConnectionStateMachine.Action {
        Array(text.utf8).withUnsafeBytes { machine.received($0, now: 0) }
    }

    @Test func aHeadThatFailsToParseStillGivesItsTargetAndFields() {
        let heard = Heard()
        var connection = machine(heard: heard)
        guard case .write(let response, _) = feed(&connection, "GET /es/cities?q=%ZZ HTTP/1.1\r\nHost: a\r\nAccept-Language:  fr \r\n\r\n")
        else { return #expect(Bool(false)) }
        #expect(response.status == .badRequest)
        let request = heard.first
        #expect(request?.target == "/es/cities?q=%ZZ")
        #expect(request?.headers["Accept-Language"] == "fr")
        #expect(request?.headers["Host"] == "a")
    }

    @Test func aParsedHeadIsGivenWhole() {
        let heard = Heard()
        var connection = machine(heard: heard, bodyLimit: 10)
        guard case .write(let response, _) = feed(&connection, "POST /fr/x HTTP/1.1\r\nHost: a\r\nAccept-Language: es\r\nContent-Length: 99\r\n\r\n")
        else { return #expect(Bool(false)) }
        #expect(response.status == .contentTooLarge)
        #expect(heard.first?.target == "/fr/x")
        #expect(heard.first?.headers["Accept-Language"] == "es")
    }

    @Test func anOverLongTargetIsGivenCutShort() {
        let heard = Heard()
        var connection = machine(heard: heard)
        guard case .write(let response, _) = feed(&connection, "GET /fr/" + String(repeating: "a", count: 9000)) else { return #expect(Bool(false)) }
        #expect(response.status == .uriTooLong)
        let target = heard.first?.target
        #expect(target?.hasPrefix("/fr/aaa") == true)
        #expect((target?.utf8.count ?? 0) <= ServerErrorRequest.salvageLimit)
        #expect(heard.first?.headers.fields.isEmpty == true)
    }

    @Test func salvagingSkipsWhatIsNotAField() {
        let request = ServerErrorRequest(salvaging: Array("\r\nGET /a b HTTP/1.1\r\nno colon\r\n: empty\r\nX-A: 1\r\n\r\nX-B: 2".utf8)[...])
        #expect(request.target == "/a")
        #expect(request.headers.fields.map(\.name) == ["X-A"])
        #expect(ServerErrorRequest(salvaging: Array("GARBAGE".utf8)[...]).target == nil)
        #expect(ServerErrorRequest(salvaging: []).target == nil)
    }

    @Test func theDefaultPageAndAOneArgumentPageIgnoreTheRequest() {
        let page = ServerErrorPage { (status: HTTPStatus) in .text("x", status: status) }
        #expect(page.response(.badRequest, for: ServerErrorRequest(target: "/fr/")).status == .badRequest)
        #expect(ServerErrorPage.plain.response(.badRequest).status == .badRequest)
    }
}
