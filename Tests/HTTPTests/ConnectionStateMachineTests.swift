import Testing
@testable import HTTP

/// The connection's HTTP life without sockets, with a fake clock (nanoseconds).
@Suite struct ConnectionStateMachineTests {
    static let second: UInt64 = 1_000_000_000

    func machine(bodyLimit: Int = 1 << 20, now: UInt64 = 0, options: RouteOptions = RouteOptions()) -> ConnectionStateMachine {
        ConnectionStateMachine(
            limits: ParserLimits(),
            timeouts: ConnectionTimeouts(head: 10 * Self.second, body: 30 * Self.second, idle: 5 * Self.second, write: 30 * Self.second),
            defaultBodyLimit: bodyLimit, matchRoute: { _ in RouteMatch(options: options) }, remoteAddress: "127.0.0.1", now: now)
    }

    func feed(_ machine: inout ConnectionStateMachine, _ text: String, now: UInt64 = 0) -> ConnectionStateMachine.Action {
        Array(text.utf8).withUnsafeBytes { machine.received($0, now: now) }
    }

    @Test func dispatchesThenWritesThenIdles() {
        var connection = machine()
        guard case .dispatch(let request, _) = feed(&connection, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n") else {
            Issue.record("expected dispatch")
            return
        }
        #expect(request.path == "/a")
        #expect(!connection.wantsInput, "no reading while the handler runs")
        guard case .write(_, let context) = connection.responseReady(.text("ok"), now: 1) else {
            Issue.record("expected write")
            return
        }
        #expect(context == ResponseContext(isHead: false, version: .http1_1, closeAfter: false))
        guard case .none = connection.writeCompleted(now: 2) else {
            Issue.record("expected to wait for the next request")
            return
        }
        #expect(connection.wantsInput)
    }

    @Test func answersPipelinedRequestsOneAtATime() {
        var connection = machine()
        let action = feed(&connection, "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        guard case .dispatch(let first, _) = action else { return #expect(Bool(false)) }
        #expect(first.path == "/1")
        _ = connection.responseReady(.text("1"), now: 0)
        guard case .dispatch(let second, _) = connection.writeCompleted(now: 0) else { return #expect(Bool(false)) }
        #expect(second.path == "/2")
    }

    @Test func http10ClosesUnlessKeepAliveIsAsked() {
        var plain = machine()
        _ = feed(&plain, "GET / HTTP/1.0\r\n\r\n")
        guard case .write(_, let context) = plain.responseReady(.text("ok"), now: 0) else { return #expect(Bool(false)) }
        #expect(context.closeAfter)
        guard case .close = plain.writeCompleted(now: 0) else { return #expect(Bool(false)) }

        var keepAlive = machine()
        _ = feed(&keepAlive, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        guard case .write(_, let kept) = keepAlive.responseReady(.text("ok"), now: 0) else { return #expect(Bool(false)) }
        #expect(!kept.closeAfter && kept.version == .http1_0)
    }

    @Test func connectionCloseIsHonoured() {
        var connection = machine()
        _ = feed(&connection, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n")
        guard case .write(_, let context) = connection.responseReady(.text("ok"), now: 0) else { return #expect(Bool(false)) }
        #expect(context.closeAfter)
        guard case .close = connection.writeCompleted(now: 0) else { return #expect(Bool(false)) }
    }

    @Test func expectContinueIsAnsweredBeforeTheBody() {
        var connection = machine()
        guard case .writeContinue = feed(&connection, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n") else {
            return #expect(Bool(false))
        }
        guard case .dispatch(let request, _) = feed(&connection, "ok") else { return #expect(Bool(false)) }
        #expect(request.body == Array("ok".utf8))
    }

    @Test func expectWithABodyAlreadySentNeedsNoContinue() {
        var connection = machine()
        let action = feed(&connection, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nok")
        guard case .dispatch = action else { return #expect(Bool(false)) }
    }

    @Test func unknownExpectationIs417() {
        var connection = machine()
        guard case .write(let response, let context) = feed(&connection, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: magic\r\n\r\n")
        else { return #expect(Bool(false)) }
        #expect(response.status == .expectationFailed && context.closeAfter)
    }

    @Test func routeBodyLimitIsAskedBeforeTheBody() {
        var small = machine(options: RouteOptions(maxBodySize: 3))
        guard case .write(let response, _) = feed(&small, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n") else {
            return #expect(Bool(false))
        }
        #expect(response.status == .contentTooLarge)
        var large = machine(bodyLimit: 3, options: RouteOptions(maxBodySize: 10))
        guard case .dispatch = feed(&large, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd") else { return #expect(Bool(false)) }
    }

    @Test func headTimeoutAnswers408OnlyWhenSomethingArrived() {
        var silent = machine()
        guard case .none = silent.tick(now: 9 * Self.second) else { return #expect(Bool(false)) }
        guard case .close = silent.tick(now: 10 * Self.second) else { return #expect(Bool(false)) }

        var slow = machine()
        _ = feed(&slow, "GET / HTTP/1.1\r\nHo")
        guard case .write(let response, _) = slow.tick(now: 10 * Self.second) else { return #expect(Bool(false)) }
        #expect(response.status == .requestTimeout)
    }

    @Test func bodyTimeoutAnswers408() {
        var connection = machine()
        _ = feed(&connection, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc", now: Self.second)
        guard case .none = connection.tick(now: 30 * Self.second) else { return #expect(Bool(false)) }
        guard case .write(let response, _) = connection.tick(now: 31 * Self.second) else { return #expect(Bool(false)) }
        #expect(response.status == .requestTimeout)
    }

    /// A slow upload keeps going as long as bytes keep arriving (nginx's client_body_timeout counts
    /// between two reads); only a stall of the whole timeout ends it.
    @Test func aBodyThatKeepsArrivingIsNotCutOffAndAStalledOneIs() {
        var connection = machine()
        _ = feed(&connection, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\na", now: Self.second)
        for step in 1...6 {  // one byte every 20 s: 2 minutes in all, four times the timeout
            let now = Self.second + UInt64(step) * 20 * Self.second
            guard case .none = connection.tick(now: now) else { return #expect(Bool(false), "cut off at step \(step)") }
            _ = feed(&connection, "b", now: now)
        }
        let last = Self.second + 120 * Self.second
        guard case .none = connection.tick(now: last + 29 * Self.second) else { return #expect(Bool(false)) }
        guard case .write(let response, _) = connection.tick(now: last + 30 * Self.second) else { return #expect(Bool(false)) }
        #expect(response.status == .requestTimeout)
    }

    @Test func idleKeepAliveClosesSilently() {
        var connection = machine()
        _ = feed(&connection, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = connection.responseReady(.text("ok"), now: 0)
        _ = connection.writeCompleted(now: 100)
        guard case .none = connection.tick(now: 100 + 4 * Self.second) else { return #expect(Bool(false)) }
        guard case .close = connection.tick(now: 100 + 5 * Self.second) else { return #expect(Bool(false)) }
    }

    @Test func stalledWriteIsDropped() {
        var connection = machine()
        _ = feed(&connection, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = connection.responseReady(.text("ok"), now: 0)
        connection.writeProgressed(now: 20 * Self.second)
        guard case .none = connection.tick(now: 40 * Self.second) else { return #expect(Bool(false)) }
        guard case .close = connection.tick(now: 50 * Self.second) else { return #expect(Bool(false)) }
    }

    @Test func shutdownClosesIdleAndFinishesInFlight() {
        var idle = machine()
        guard case .close = idle.shutdown() else { return #expect(Bool(false)) }

        var busy = machine()
        _ = feed(&busy, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        guard case .none = busy.shutdown() else { return #expect(Bool(false)) }
        guard case .write(_, let context) = busy.responseReady(.text("ok"), now: 0) else { return #expect(Bool(false)) }
        #expect(context.closeAfter)
    }

    @Test func halfClosedClientStillGetsItsAnswer() {
        var connection = machine()
        guard case .dispatch = feed(&connection, "GET / HTTP/1.1\r\nHost: x\r\n\r\n") else { return #expect(Bool(false)) }
        guard case .none = connection.inputClosed(now: 0) else { return #expect(Bool(false)) }
        guard case .write = connection.responseReady(.text("ok"), now: 0) else { return #expect(Bool(false)) }
        guard case .close = connection.writeCompleted(now: 0) else { return #expect(Bool(false)) }
    }

    @Test func errorsCloseAndDiscardWhatFollows() {
        var connection = machine()
        let smuggling = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
        let action = feed(&connection, smuggling)
        guard case .write(let response, let context) = action else { return #expect(Bool(false)) }
        #expect(response.status == .badRequest && context.closeAfter)
        #expect(!connection.wantsInput)
        guard case .close = connection.writeCompleted(now: 0) else { return #expect(Bool(false)) }
    }
}
