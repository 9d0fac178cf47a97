import Foundation
import HTTP
import Testing

@testable import GPM

/// `/metrics` over real HTTP: a strict parse of the exposition, counters that move with the requests made,
/// bounded labels, and the 404 of an unknown path for clients outside `--metrics-allow`.
@Suite("Metrics: /metrics")
struct MetricsTests {
    /// Every family the platform ships (`process_start_time_seconds` on Linux, where tests run).
    static let families: Set<String> = [
        "gpm_http_requests_total", "gpm_http_request_duration_seconds", "gpm_http_open_connections",
        "gpm_http_worker_queue_depth", "gpm_http_busy_workers", "gpm_http_worker_threads",
        "gpm_http_request_body_bytes_in_flight", "gpm_db_pool_acquisitions_total", "gpm_db_pool_waits_total",
        "gpm_db_pool_wait_seconds_total", "gpm_page_cache_requests_total", "gpm_page_cache_entries", "gpm_page_cache_bytes",
        "gpm_outbox_depth", "gpm_outbox_messages", "gpm_build_info", "process_start_time_seconds",
    ]

    static func scrape(_ platform: TestPlatform, sourceLocation: SourceLocation = #_sourceLocation) throws -> PrometheusText {
        let response = try platform.get("/metrics")
        try #require(response.status == 200, sourceLocation: sourceLocation)
        return try PrometheusText(response.text)
    }

    static func requests(_ metrics: PrometheusText, _ route: String, _ method: String = "GET", status: String) -> Double {
        metrics.value("gpm_http_requests_total", ["route": route, "method": method, "status": status]) ?? 0
    }

    @Test func theExpositionIsStrictAndComplete() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        for path in ["/", "/cities", "/cities/mannheim", "/no-such-page", "/plaintext", "/css/site.css"] { _ = try platform.get(path) }
        let response = try platform.get("/metrics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        #expect(response.header("Cache-Control") == "no-store")
        #expect(response.header("X-Page-Cache") == nil, "answered before the page cache")
        let metrics = try PrometheusText(response.text)
        #expect(Set(metrics.families.map(\.name)) == Self.families)
        for family in metrics.families { #expect(!family.help.isEmpty, "\(family.name) has help") }
        #expect(metrics.family("gpm_http_requests_total")?.type == "counter")
        #expect(metrics.family("gpm_http_request_duration_seconds")?.type == "histogram")
        #expect(metrics.value("gpm_build_info", ["version": PlatformVersion.current]) == 1)
        #expect(metrics.value("gpm_http_worker_threads") == 4)
        #expect((metrics.value("gpm_http_open_connections") ?? 0) >= 1, "the scrape's own connection")
        let started = try #require(metrics.value("process_start_time_seconds"))
        #expect(abs(started - Date().timeIntervalSince1970) < 24 * 3600, "a real instant: \(started)")
        #expect(Self.requests(metrics, "/cities/:slug", status: "200") == 1)
        #expect(Self.requests(metrics, "unmatched", status: "404") == 1)
        #expect(Self.requests(metrics, "/plaintext", status: "200") == 1)
        #expect(Self.requests(metrics, "/css/*path", status: "200") == 1)
        let buckets = try #require(metrics.family("gpm_http_request_duration_seconds")).samples.filter {
            $0.name.hasSuffix("_bucket") && $0.labels["route"] == "/cities/:slug"
        }
        #expect(buckets.map { $0.labels["le"] ?? "" }.first == "0.001")
        #expect(buckets.map { $0.labels["le"] ?? "" }.suffix(2) == ["5", "+Inf"])
    }

    @Test func countersMoveWithRequestsAndLabelsStayBounded() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let before = try Self.scrape(platform)
        _ = try platform.get("/cities/mannheim")
        let second = try platform.get("/cities/mannheim")
        #expect(second.header("X-Page-Cache") == "hit")
        _ = try platform.get("/cities/atlantis-\(UUID().uuidString)")
        for _ in 0..<3 { _ = try platform.get("/random/\(UUID().uuidString)") }
        _ = try platform.head("/cities")
        let after = try Self.scrape(platform)

        func delta(_ route: String, _ method: String = "GET", status: String) -> Double {
            Self.requests(after, route, method, status: status) - Self.requests(before, route, method, status: status)
        }
        #expect(delta("/cities/:slug", status: "200") == 2)
        #expect(delta("/cities/:slug", status: "404") == 1, "a parameter that names nothing keeps its route")
        #expect(delta("unmatched", status: "404") == 3)
        #expect(delta("/cities", "HEAD", status: "200") == 1)
        #expect(delta("/metrics", status: "200") == 1, "the first scrape")
        func histogramCount(_ metrics: PrometheusText, _ route: String) -> Double {
            metrics.value("gpm_http_request_duration_seconds_count", ["route": route]) ?? 0
        }
        #expect(histogramCount(after, "/cities/:slug") - histogramCount(before, "/cities/:slug") == 3)
        let hits = { (metrics: PrometheusText) in metrics.value("gpm_page_cache_requests_total", ["outcome": "hit"]) ?? 0 }
        let misses = { (metrics: PrometheusText) in metrics.value("gpm_page_cache_requests_total", ["outcome": "miss"]) ?? 0 }
        #expect(hits(after) - hits(before) >= 1)
        #expect(misses(after) - misses(before) >= 1)
        #expect((after.value("gpm_page_cache_entries") ?? 0) >= 1)
        #expect((after.value("gpm_page_cache_bytes") ?? 0) > 1000)
        let reads = { (metrics: PrometheusText) in metrics.value("gpm_db_pool_acquisitions_total", ["kind": "read"]) ?? 0 }
        #expect(reads(after) > reads(before))
        // No path a client sent becomes a label: only registered patterns, `unmatched` and `/metrics`.
        let routes = Set(after.families.flatMap(\.samples).compactMap { $0.labels["route"] })
        #expect(!routes.contains { $0.contains("atlantis") || $0.hasPrefix("/random") || $0.contains("mannheim") }, "\(routes)")
    }

    @Test func aSignedInRequestIsABypass() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let jar = try platform.signIn(email: "staff@gpm.test")
        let before = try Self.scrape(platform)
        _ = try platform.get("/cities", as: jar)
        let after = try Self.scrape(platform)
        let bypasses = { (metrics: PrometheusText) in metrics.value("gpm_page_cache_requests_total", ["outcome": "bypass"]) ?? 0 }
        #expect(bypasses(after) - bypasses(before) == 1)
    }

    @Test func headAnswersTheHeadersAndScrapesAreNeverKept() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let head = try platform.head("/metrics")
        #expect(head.status == 200)
        #expect(head.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        #expect(head.body.isEmpty)
        let first = try Self.scrape(platform)
        let second = try Self.scrape(platform)
        #expect(Self.requests(second, "/metrics", status: "200") == Self.requests(first, "/metrics", status: "200") + 1)
        #expect(Self.requests(second, "/metrics", "HEAD", status: "200") == 1)
    }

    /// Outside `--metrics-allow`, `/metrics` is answered exactly as a path that does not exist, whatever the method.
    @Test func anAddressOutsideTheAllowListGetsTheUnknownPath404() throws {
        let platform = try TestPlatform { $0.metricsAllow = [CIDR("10.0.0.0/8")!] }
        defer { platform.stop() }
        // Same length, so the pages (which name their path) and their lengths compare byte for byte.
        let unknown = "/metricz"
        func same(_ method: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let metrics = try TestClient.send(port: platform.port, method: method, target: "/metrics")
            let missing = try TestClient.send(port: platform.port, method: method, target: unknown)
            #expect(metrics.status == missing.status, sourceLocation: sourceLocation)
            #expect(metrics.status != 200, sourceLocation: sourceLocation)
            #expect(metrics.text.replacingOccurrences(of: "/metrics", with: unknown) == missing.text, sourceLocation: sourceLocation)
            let headers = { (response: TestResponse) in response.headers.filter { $0.0 != "Date" }.map { "\($0.0): \($0.1)" } }
            #expect(headers(metrics) == headers(missing), sourceLocation: sourceLocation)
        }
        try same("GET")
        try same("HEAD")
        try same("POST")
        try same("DELETE")
        #expect(try platform.get("/metrics").status == 404)
    }

    /// Behind a trusted proxy on loopback, the allow list is checked against the client it forwards, not
    /// against the proxy's own (allowed) address: nginx passing a visitor's scrape on must not let it in.
    @Test func behindATrustedProxyTheForwardedClientIsChecked() throws {
        let platform = try TestPlatform { $0.trustedProxies = [CIDR("127.0.0.0/8")!] }
        defer { platform.stop() }
        #expect(try platform.get("/metrics").status == 200)
        #expect(try platform.get("/metrics", headers: [("X-Forwarded-For", "203.0.113.9")]).status == 404)
        #expect(try platform.get("/metrics", headers: [("X-Forwarded-For", "127.0.0.1")]).status == 200)
        #expect(try platform.get("/metrics", headers: [("Forwarded", "for=198.51.100.4;proto=https")]).status == 404)
    }

    @Test func anEmptyAllowListAllowsNoOne() throws {
        let platform = try TestPlatform { $0.metricsAllow = [] }
        defer { platform.stop() }
        #expect(try platform.get("/metrics").status == 404)
    }

    @Test func theDefaultAllowsLoopbackOnly() {
        let access = MetricsAccess(allowed: AppConfiguration().metricsAllow)
        #expect(access.allows("127.0.0.1"))
        #expect(access.allows("127.8.9.10"))
        #expect(access.allows("::1"))
        #expect(access.allows("::ffff:127.0.0.1"))
        #expect(!access.allows("10.0.0.1"))
        #expect(!access.allows("192.168.1.20"))
        #expect(!access.allows("fe80::1"))
        #expect(!access.allows(""))
        #expect(!access.allows("localhost"))
    }

    /// Label values a route pattern could never hold today, written and read back through the strict parser.
    @Test func labelValuesAndHelpAreEscaped() throws {
        var exposition = MetricsExposition()
        exposition.family("gpm_test_total", .counter, help: "A \\ backslash\nand a newline.")
        let awkward = "a \"quoted\" \\ back\\slash\nnew line, {braces}=, and ünïcode"
        exposition.sample("gpm_test_total", ["route": awkward, "method": "GET"], UInt64(3))
        #expect(exposition.text.contains(#"route="a \"quoted\" \\ back\\slash\nnew line, {braces}=, and ünïcode""#))
        #expect(exposition.text.contains(#"# HELP gpm_test_total A \\ backslash\nand a newline."#))
        let parsed = try PrometheusText(exposition.text)
        #expect(parsed.value("gpm_test_total", ["route": awkward]) == 3)
    }

    @Test func unknownMethodsAndStatusesShareOneLabel() throws {
        let metrics = RequestMetrics(patterns: ["/a"], metricsPattern: "/metrics")
        metrics.record(route: 0, method: HTTPMethod("BREW"), status: 418, nanoseconds: 2_000_000)
        metrics.record(route: 0, method: HTTPMethod("PROPFIND"), status: 599, nanoseconds: 7_000_000_000)
        metrics.record(route: metrics.route(patternIndex: 42), method: .get, status: 404, nanoseconds: 10)
        var exposition = MetricsExposition()
        metrics.write(to: &exposition)
        let parsed = try PrometheusText(exposition.text)
        #expect(parsed.value("gpm_http_requests_total", ["route": "/a", "method": "other", "status": "other"]) == 2)
        #expect(parsed.value("gpm_http_requests_total", ["route": "unmatched", "method": "GET", "status": "404"]) == 1)
        #expect(parsed.value("gpm_http_request_duration_seconds_bucket", ["route": "/a", "le": "0.001"]) == 0)
        #expect(parsed.value("gpm_http_request_duration_seconds_bucket", ["route": "/a", "le": "0.0025"]) == 1)
        #expect(parsed.value("gpm_http_request_duration_seconds_bucket", ["route": "/a", "le": "5"]) == 1)
        #expect(parsed.value("gpm_http_request_duration_seconds_bucket", ["route": "/a", "le": "+Inf"]) == 2)
        #expect(parsed.value("gpm_http_request_duration_seconds_sum", ["route": "/a"]) == 7.002)
    }

    /// The strict parser refuses what it exists to catch (so a pass means something).
    @Test func theStrictParserRefusesBrokenExpositions() {
        let broken = [
            "gpm_x 1\n",  // no family
            "# HELP gpm_x_total x\n# TYPE gpm_x_total counter\ngpm_y_total 1\n",  // foreign sample
            "# HELP gpm_x x\n# TYPE gpm_x counter\ngpm_x 1\n",  // counter without _total
            "# HELP gpm_h h\n# TYPE gpm_h histogram\ngpm_h_bucket{le=\"1\"} 2\ngpm_h_bucket{le=\"+Inf\"} 1\ngpm_h_sum 1\ngpm_h_count 1\n",
            "# HELP gpm_h h\n# TYPE gpm_h histogram\ngpm_h_bucket{le=\"1\"} 1\ngpm_h_sum 1\ngpm_h_count 1\n",  // no +Inf
            "# HELP gpm_h h\n# TYPE gpm_h histogram\ngpm_h_bucket{le=\"+Inf\"} 2\ngpm_h_sum 1\ngpm_h_count 1\n",  // count differs
            "# HELP gpm_g g\n# TYPE gpm_g gauge\ngpm_g{a=\"\\t\"} 1\n",  // bad escape
            "# HELP gpm_g g\n# TYPE gpm_g gauge\ngpm_g 1\ngpm_g 2\n",  // repeated series
            "# HELP gpm_g g\n# TYPE gpm_g gauge\ngpm_g 1",  // no final newline
        ]
        for text in broken { #expect(throws: PrometheusText.Failure.self, "\(text)") { try PrometheusText(text) } }
    }
}
