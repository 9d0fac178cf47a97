import Foundation
import Testing
@testable import HTTP

/// Static files over the wire: types, validators, 304s, HEAD, and no way out of the root.
@Suite struct StaticFilesTests {
    /// A fresh folder: root/css/site.css, root/index.html, a secret beside the root, and symlinks.
    final class Fixture {
        let base: String
        let root: String
        let server: TestServer

        init(revalidateAfter: Duration = .zero) throws {
            base = NSTemporaryDirectory() + "gpm-static-\(UUID().uuidString)"
            root = base + "/public"
            let files = FileManager.default
            try files.createDirectory(atPath: root + "/css", withIntermediateDirectories: true)
            try "body { color: red; }\n".write(toFile: root + "/css/site.css", atomically: true, encoding: .utf8)
            try "<h1>home</h1>\n".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
            try "do not serve\n".write(toFile: root + "/.env", atomically: true, encoding: .utf8)
            try "top secret\n".write(toFile: base + "/secret.txt", atomically: true, encoding: .utf8)
            try files.createSymbolicLink(atPath: root + "/leak.txt", withDestinationPath: base + "/secret.txt")
            try files.createSymbolicLink(atPath: root + "/styles.css", withDestinationPath: root + "/css/site.css")
            var router = Router()
            router.get("/hello") { _ in .text("routed") }
            router.use(StaticFiles(root: root, cacheControl: "public, max-age=60", revalidateAfter: revalidateAfter))
            server = try TestServer(router: router)
        }

        func get(_ target: String, headers: String = "", method: String = "GET") throws -> RawResponse {
            try #require(try server.roundTrip("\(method) \(target) HTTP/1.1\r\nHost: x\r\n\(headers)\r\n", headRequest: method == "HEAD"))
        }

        deinit { try? FileManager.default.removeItem(atPath: base) }
    }

    @Test func servesFilesWithTypeAndValidators() throws {
        let fixture = try Fixture()
        let css = try fixture.get("/css/site.css")
        #expect(css.status == 200 && css.bodyText == "body { color: red; }\n")
        #expect(css.header("Content-Type") == "text/css; charset=utf-8")
        #expect(css.header("Cache-Control") == "public, max-age=60")
        #expect(css.header("ETag")?.hasPrefix("\"") == true)
        #expect(css.header("Last-Modified")?.hasSuffix(" GMT") == true)
        #expect(try fixture.get("/styles.css").status == 200, "symlinks inside the root are fine")
        #expect(try fixture.get("/hello").bodyText == "routed", "other paths fall through to the router")
    }

    @Test func answersConditionalRequestsWith304() throws {
        let fixture = try Fixture()
        let first = try fixture.get("/css/site.css")
        let etag = try #require(first.header("ETag"))
        let lastModified = try #require(first.header("Last-Modified"))
        let byTag = try fixture.get("/css/site.css", headers: "If-None-Match: \"nope\", \(etag)\r\n")
        #expect(byTag.status == 304 && byTag.body.isEmpty && byTag.header("ETag") == etag)
        #expect(try fixture.get("/css/site.css", headers: "If-None-Match: W/\(etag)\r\n").status == 304)
        #expect(try fixture.get("/css/site.css", headers: "If-Modified-Since: \(lastModified)\r\n").status == 304)
        #expect(try fixture.get("/css/site.css", headers: "If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n").status == 200)
        #expect(try fixture.get("/css/site.css", headers: "If-None-Match: \"other\"\r\nIf-Modified-Since: \(lastModified)\r\n").status == 200,
                "If-None-Match decides when present")
    }

    @Test func headHasTheHeadersOnly() throws {
        let fixture = try Fixture()
        let head = try fixture.get("/css/site.css", method: "HEAD")
        #expect(head.status == 200 && head.header("Content-Length") == "21" && head.body.isEmpty)
    }

    @Test func changedFilesAreServedFresh() throws {
        let fixture = try Fixture()
        #expect(try fixture.get("/index.html").bodyText == "<h1>home</h1>\n")
        try "<h1>changed, and longer</h1>\n".write(toFile: fixture.root + "/index.html", atomically: true, encoding: .utf8)
        #expect(try fixture.get("/index.html").bodyText == "<h1>changed, and longer</h1>\n")
    }

    @Test func aRevalidationIntervalTrustsTheCopyUntilItEnds() throws {
        let fixture = try Fixture(revalidateAfter: .seconds(3600))
        #expect(try fixture.get("/index.html").bodyText == "<h1>home</h1>\n")
        try "<h1>changed</h1>\n".write(toFile: fixture.root + "/index.html", atomically: true, encoding: .utf8)
        #expect(try fixture.get("/index.html").bodyText == "<h1>home</h1>\n", "within the interval: no stat")
        let conditional = try fixture.get("/index.html", headers: "If-None-Match: \"nope\"\r\n")
        #expect(conditional.status == 200, "validators still apply to the remembered copy")
        #expect(try fixture.get("/.env").status == 404 && fixture.get("/leak.txt").status == 404, "still refused")
    }

    @Test(arguments: [
        "/../secret.txt", "/css/../../secret.txt", "/%2e%2e/secret.txt", "/css/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt",
        "/..%2Fsecret.txt", "/..%5csecret.txt", "/css\\..\\..\\secret.txt", "/leak.txt", "/.env", "/css/", "/",
    ])
    func neverEscapesTheRoot(target: String) throws {
        let fixture = try Fixture()
        let response = try fixture.get(target)
        #expect(response.status == 404 || response.status == 400, "\(target) → \(response.status)")
        #expect(!response.bodyText.contains("secret") && !response.bodyText.contains("do not serve"))
    }
}
