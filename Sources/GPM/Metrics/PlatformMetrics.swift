import HTTP
import SQLite

/// Everything `/metrics` exposes, gathered from where it is counted: requests (counted by `RequestMeter`),
/// the HTTP server's connections and queue, the database pool's waits, the page cache, the build.
/// Reading is done at scrape time; nothing here runs per request except `requests.record`.
///
/// Metric names (all `gpm_` except the conventional `process_start_time_seconds`):
/// `gpm_http_requests_total`, `gpm_http_request_duration_seconds`, `gpm_http_open_connections`,
/// `gpm_http_worker_queue_depth`, `gpm_http_busy_workers`, `gpm_http_worker_threads`,
/// `gpm_http_request_body_bytes_in_flight`, `gpm_db_pool_acquisitions_total`, `gpm_db_pool_waits_total`,
/// `gpm_db_pool_wait_seconds_total`, `gpm_page_cache_requests_total`, `gpm_page_cache_entries`,
/// `gpm_page_cache_bytes`, `gpm_outbox_depth`, `gpm_outbox_messages`, `gpm_build_info`, `process_start_time_seconds`.
///
/// **Adding a source** (the outbox depth, when the outbox exists): give the feature a cheap read of its
/// figure (a count kept in an atomic or one indexed query), pass it in here like `pageCache`, and write it
/// in `exposition()` as its own family, e.g. `gpm_outbox_depth` (gauge: messages waiting to be sent) next to
/// the page cache's; the README's metric table lists it.
final class PlatformMetrics: Sendable {
    let requests: RequestMetrics
    let server: ServerGauges
    let database: DatabasePool
    let pageCache: PageCache
    /// The outbox's counts by state (one indexed query at scrape time).
    let outbox: OutboxService
    let version: String

    init(requests: RequestMetrics, server: ServerGauges, database: DatabasePool, pageCache: PageCache, outbox: OutboxService, version: String) {
        self.requests = requests
        self.server = server
        self.database = database
        self.pageCache = pageCache
        self.outbox = outbox
        self.version = version
    }

    /// The whole exposition, as of now.
    func exposition() -> String {
        var out = MetricsExposition()
        requests.write(to: &out)
        writeServer(to: &out)
        writeDatabase(to: &out)
        writePageCache(to: &out)
        writeOutbox(to: &out)
        out.family("gpm_build_info", .gauge, help: "The running build; the value is always 1.")
        out.sample("gpm_build_info", ["version": version], 1)
        if let start = ProcessStartTime.secondsSinceEpoch {
            out.family("process_start_time_seconds", .gauge, help: "Start time of the process since unix epoch in seconds.")
            out.sample("process_start_time_seconds", start)
        }
        return out.text
    }

    /// `gpm_outbox_depth` (messages waiting to be sent) and `gpm_outbox_messages` by state. A database that
    /// cannot be read leaves them out of this scrape (the scrape itself still answers).
    private func writeOutbox(to out: inout MetricsExposition) {
        let counts: OutboxCounts
        do {
            counts = try outbox.counts()
        } catch {
            return
        }
        out.family("gpm_outbox_depth", .gauge, help: "Outbox messages waiting to be sent (pending).")
        out.sample("gpm_outbox_depth", counts.pending)
        out.family("gpm_outbox_messages", .gauge, help: "Outbox messages by state.")
        for state in OutboxState.allCases {
            out.sample("gpm_outbox_messages", ["state": state.rawValue], counts[state])
        }
    }

    private func writeServer(to out: inout MetricsExposition) {
        let statistics = server.current ?? ServerStatistics()
        let gauges: [(String, String, Int)] = [
            ("gpm_http_open_connections", "Client connections open, idle keep-alive ones included.", statistics.openConnections),
            ("gpm_http_worker_queue_depth", "Requests waiting for a free worker thread.", statistics.queuedRequests),
            ("gpm_http_busy_workers", "Worker threads running a handler.", statistics.busyWorkers),
            ("gpm_http_worker_threads", "Worker threads in the pool.", statistics.workerThreads),
            ("gpm_http_request_body_bytes_in_flight", "Request body bytes held by the server.", statistics.bodyBytesInFlight),
        ]
        for (name, help, value) in gauges {
            out.family(name, .gauge, help: help)
            out.sample(name, value)
        }
    }

    private func writeDatabase(to out: inout MetricsExposition) {
        let statistics = database.statistics
        let kinds = [("read", statistics.read), ("write", statistics.write)]
        out.family(
            "gpm_db_pool_acquisitions_total", .counter,
            help: "Connections handed out by the database pool: kind=read (a reader) or write (the one writer).")
        for (kind, waits) in kinds { out.sample("gpm_db_pool_acquisitions_total", ["kind": kind], waits.acquisitions) }
        out.family("gpm_db_pool_waits_total", .counter, help: "Times a read or a write had to wait for a database connection.")
        for (kind, waits) in kinds { out.sample("gpm_db_pool_waits_total", ["kind": kind], waits.waits) }
        out.family("gpm_db_pool_wait_seconds_total", .counter, help: "Time reads and writes spent waiting for a database connection.")
        for (kind, waits) in kinds {
            out.sample("gpm_db_pool_wait_seconds_total", ["kind": kind], Double(waits.waitNanoseconds) / 1e9)
        }
    }

    private func writePageCache(to out: inout MetricsExposition) {
        let counters = pageCache.statistics
        out.family(
            "gpm_page_cache_requests_total", .counter,
            help: "Requests seen by the page cache: hit (answered from memory), miss (rendered), bypass (not cacheable).")
        out.sample("gpm_page_cache_requests_total", ["outcome": "hit"], counters.hits.load(ordering: .relaxed))
        out.sample("gpm_page_cache_requests_total", ["outcome": "miss"], counters.misses.load(ordering: .relaxed))
        out.sample("gpm_page_cache_requests_total", ["outcome": "bypass"], counters.bypasses.load(ordering: .relaxed))
        let stored = pageCache.storedEntries
        out.family("gpm_page_cache_entries", .gauge, help: "Pages kept by the page cache.")
        out.sample("gpm_page_cache_entries", stored.count)
        out.family("gpm_page_cache_bytes", .gauge, help: "Bytes kept by the page cache (bodies, keys and overhead).")
        out.sample("gpm_page_cache_bytes", stored.bytes)
    }
}
