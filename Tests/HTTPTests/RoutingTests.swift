import Testing
@testable import HTTP

/// Router, middlewares, forms, query strings and cookies, in-process and over a socket.
@Suite struct RoutingTests {
    func makeRouter() -> Router {
        var router = Router()
        router.get("/cities") { _ in .text("all cities") }
        router.get("/cities/new") { _ in .text("new city form") }
        router.get("/cities/:slug") { request in .text("city \(request.pathParameters["slug"] ?? "?")") }
        router.post("/cities/:slug") { request in
            let form = try request.formFields()
            return .text("saved \(request.pathParameters["slug"]!) \(form["name"] ?? "")")
        }
        router.get("/networks/:network/members/:member") { request in
            .text("\(request.pathParameters["network"]!)/\(request.pathParameters["member"]!)")
        }
        router.get("/files/*path") { request in .text("file \(request.pathParameters["path"]!)") }
        router.get("/search") { request in .text("q=\(request.query["q"] ?? "") tags=\(request.query.values(for: "tag"))") }
        return router
    }

    func call(_ router: Router, _ method: HTTPMethod, _ target: String, body: String = "", headers: HTTPHeaders = [:]) throws -> Response {
        try router.handler()(try Request(method: method, target: target, headers: headers, body: Array(body.utf8)))
    }

    @Test func matchesLiteralsBeforeParameters() throws {
        let router = makeRouter()
        #expect(try call(router, .get, "/cities/new").body == Array("new city form".utf8))
        #expect(try call(router, .get, "/cities/paris").body == Array("city paris".utf8))
        #expect(try call(router, .get, "/cities").body == Array("all cities".utf8))
        #expect(try call(router, .get, "/networks/eu/members/42").body == Array("eu/42".utf8))
        #expect(try call(router, .get, "/files/css/site.css").body == Array("file css/site.css".utf8))
        #expect(try call(router, .get, "/cities/caf%C3%A9").body == Array("city café".utf8))
    }

    @Test func unknownPathsAre404AndTheAppCanRenderIt() throws {
        var router = makeRouter()
        #expect(try call(router, .get, "/nope").status == .notFound)
        router.notFound = { request in .html("<h1>No page at \(request.path)</h1>", status: .notFound) }
        let response = try call(router, .get, "/nope")
        #expect(response.status == .notFound && String(decoding: response.body, as: UTF8.self).contains("No page at /nope"))
    }

    @Test func wrongMethodIs405WithAllow() throws {
        let router = makeRouter()
        let response = try call(router, .delete, "/cities/paris")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, POST")
    }

    @Test func headIsServedByGetRoutes() throws {
        #expect(try call(makeRouter(), .head, "/cities").status == .ok)
    }

    @Test func decodesFormsAndRejectsBadOnes() throws {
        let router = makeRouter()
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"]
        let saved = try call(router, .post, "/cities/paris", body: "name=Ville+de+Paris%21&x=", headers: form)
        #expect(String(decoding: saved.body, as: UTF8.self) == "saved paris Ville de Paris!")
        #expect(throws: HTTPError(.badRequest, "Malformed form encoding.")) {
            try call(router, .post, "/cities/paris", body: "name=%E9t%E9", headers: form)
        }
        #expect(throws: HTTPError.self) { try call(router, .post, "/cities/paris", body: "name=%4", headers: form) }
        #expect(throws: HTTPError.self) { try call(router, .post, "/cities/paris", body: "name=x", headers: ["Content-Type": "text/plain"]) }
    }

    @Test func decodesQueryStrings() throws {
        let response = try call(makeRouter(), .get, "/search?q=mayors+%26+cities&tag=a&tag=b")
        #expect(String(decoding: response.body, as: UTF8.self) == "q=mayors & cities tags=[\"a\", \"b\"]")
        #expect(throws: HTTPError.self) { try Request(method: .get, target: "/search?q=%C3%28") }
    }

    @Test func readsAndWritesCookies() throws {
        let request = try Request(method: .get, target: "/", headers: ["Cookie": "session=abc123; theme=\"dark\"; session=ignored"])
        #expect(request.cookies == ["session": "abc123", "theme": "dark"])
        var response = Response.text("ok")
        response.setCookie(Cookie(name: "session", value: "xyz", path: "/", maxAge: 3600, httpOnly: true, secure: true, sameSite: .strict))
        response.setCookie(Cookie(name: "note", value: "a b;c", sameSite: nil))
        response.setCookie(.expired("old"))
        #expect(response.headers.values(for: "Set-Cookie") == [
            "session=xyz; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict",
            "note=a%20b%3Bc; Path=/; HttpOnly",
            "old=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
        ])
    }

    @Test func middlewaresRunInOrderAroundRouting() throws {
        struct Tag: Middleware {
            let name: String
            func respond(to request: Request, next: Handler) throws -> Response {
                var response = try next(request)
                response.headers.add("X-Order", name)
                return response
            }
        }
        var router = makeRouter()
        router.use(Tag(name: "outer"))
        router.use(Tag(name: "inner"))
        router.use(SecurityHeaders())
        let response = try call(router, .get, "/cities")
        #expect(response.headers.values(for: "X-Order") == ["inner", "outer"])
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
    }

    @Test func errorPagesHideInternalsAndKeepHTTPErrors() throws {
        struct DatabaseExploded: Error {}
        let reported = ReportedErrors()
        var router = Router()
        router.get("/boom") { _ in throw DatabaseExploded() }
        router.get("/gone") { _ in throw HTTPError(410, "This city left the network.") }
        router.use(ErrorPages(report: { error, _ in reported.add("\(error)") }))
        let boom = try call(router, .get, "/boom")
        #expect(boom.status == .internalServerError)
        #expect(!String(decoding: boom.body, as: UTF8.self).contains("DatabaseExploded"))
        #expect(reported.all.first?.contains("DatabaseExploded") == true)
        let gone = try call(router, .get, "/gone")
        #expect(gone.status.code == 410 && String(decoding: gone.body, as: UTF8.self).contains("This city left the network."))
    }

    @Test func accessLogWritesOneLinePerRequest() throws {
        let lines = ReportedErrors()
        var router = makeRouter()
        router.use(AccessLog { lines.add($0) })
        _ = try call(router, .get, "/cities/paris?x=1")
        let line = try #require(lines.all.first)
        #expect(line.contains(" GET /cities/paris?x=1 200 10B "))
        #expect(line.hasSuffix("ms"))
    }

    @Test func perRouteBodyLimitsApplyOverTheWire() throws {
        var router = Router()
        router.post("/small") { request in .text("\(request.body.count)") }
        router.post("/upload", maxBodySize: 64 * 1024) { request in .text("\(request.body.count)") }
        let server = try TestServer(configure: { $0.maxBodySize = 1024 }, router: router)
        let body = String(repeating: "u", count: 10_000)
        let upload = try server.roundTrip("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10000\r\n\r\n\(body)")
        #expect(upload?.bodyText == "10000")
        let small = try server.roundTrip("POST /small HTTP/1.1\r\nHost: x\r\nContent-Length: 10000\r\n\r\n\(body)")
        #expect(small?.status == 413)
    }

    @Test func inlineRoutesAnswerFromTheIOThread() throws {
        var router = Router()
        router.get("/plaintext", runsInline: true) { _ in .text("Hello, World!") }
        router.get("/pooled") { _ in .text("pooled") }
        let server = try TestServer(router: router)
        let client = try server.client()
        client.send("GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\nGET /pooled HTTP/1.1\r\nHost: x\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse()?.bodyText == "Hello, World!")
        #expect(try client.readResponse()?.bodyText == "pooled")
        #expect(try client.readResponse()?.bodyText == "Hello, World!")
    }

    @Test func routingWorksOverTheWire() throws {
        let server = try TestServer(router: makeRouter())
        let client = try server.client()
        client.send("GET /cities/rome HTTP/1.1\r\nHost: x\r\n\r\n" + "PUT /cities HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"
            + "HEAD /cities HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse()?.bodyText == "city rome")
        let notAllowed = try #require(try client.readResponse())
        #expect(notAllowed.status == 405 && notAllowed.header("Allow") == "GET, HEAD")
        let head = try #require(try client.readResponse(headRequest: true))
        #expect(head.status == 200 && head.header("Content-Length") == "10")
    }
}

/// Collects strings from concurrent callers.
final class ReportedErrors: Sendable {
    private let lines = Mutex<[String]>([])
    func add(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

import Synchronization
