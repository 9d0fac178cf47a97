import HTTP
import Foundation

/// How one instance of the platform runs: where it listens, which database file it keeps, and the
/// folder that holds its `Templates/`, `Public/`, `Migrations/` and `Seeds/`.
public struct AppConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port; `Application.start()` returns the one bound.
    public var port = 8080
    public var databasePath = "gpm.sqlite"
    public var rootDirectory = "."
    /// The public URL for canonical links and feeds; nil means `http://host:port`.
    public var baseURL: String?
    /// Handler threads; nil lets the server decide.
    public var workers: Int?
    /// What fills an empty database: the demo (`Seeds/demo.sql`), the documents only (`Seeds/documents.sql`)
    /// or nothing.
    public var seed: SeedData = .demo
    /// Whether an empty database gets seed data at all; setting true keeps a chosen seed (demo otherwise).
    public var seedsEmptyDatabase: Bool {
        get { seed != .none }
        set { seed = newValue ? (seed == .none ? .demo : seed) : .none }
    }
    /// One line per request on stdout.
    public var accessLog = true
    /// The access log's lines: text for people, or one JSON object per line (`AccessLog.Format`).
    public var accessLogFormat: AccessLog.Format = .text
    /// Tests: receives each access-log line instead of stdout.
    public var accessLogOutput: (@Sendable (String) -> Void)?
    /// Every visitor comes over HTTPS: every cookie gets `Secure` and every response HSTS, whatever the
    /// request's scheme. Without it, both follow the scheme a trusted proxy reports (`Request.scheme`).
    public var secureCookies = false
    /// Scheduled backups (`--backup-dir`, `--backup-every`, `--backup-keep`); nil takes none.
    public var backup: BackupSchedule?
    /// Outgoing mail: the SMTP server (nil: messages wait in the outbox), the sender, the retry policy.
    public var mail = MailConfiguration()
    /// Password cost, session lifetimes, sign-in throttling.
    public var accounts = AccountsConfiguration()
    /// What a Mayor Brief may hold, shown on its edit form: by default 10,000 characters per section
    /// (1,000 for the summary, 200 for the title), 20 files per brief and 200 MB of files per city.
    public var briefLimits = BriefLimits()
    /// Tests: render templates strictly (a name no context has is an error, see `TemplateLibrary.isStrict`).
    public var strictTemplates = false
    /// Tests: parse the migrations, catalogues and templates once per process (`ParsedFiles`), for the many
    /// platforms a test process starts on the same files. A server starts once and leaves this off.
    public var reusesParsedFiles = false
    /// Tests: label responses `X-Page-Cache: hit|miss|bypass`.
    public var exposesPageCacheOutcome = false
    /// Where the application reads "now"; tests pass a fixed clock they can move.
    public var clock: PlatformClock = .system
    /// Open connections one client address may hold (the server refuses more); trusted proxies are exempt.
    public var maxConnectionsPerClient: Int? = 64
    /// Reverse proxies in front of the platform (CIDR blocks, `--trusted-proxy`): from these peers the real
    /// client address and scheme are read from `Forwarded` / `X-Forwarded-For` / `X-Forwarded-Proto`
    /// (`ForwardedClient`), and they are exempt from the per-client connection limit. Empty: headers ignored.
    public var trustedProxies: [CIDR] = []
    /// Also exempt from the per-client connection limit (and from nothing else): loopback, where a local
    /// proxy, health checks and operators connect from.
    public var connectionLimitExempt: [CIDR] = [CIDR("127.0.0.0/8")!, CIDR("::1/128")!]
    /// Clients that may read `/metrics` (`--metrics-allow`); everyone else gets the 404 of an unknown path.
    /// Empty: no one. Default: loopback.
    public var metricsAllow: [CIDR] = [CIDR("127.0.0.0/8")!, CIDR("::1/128")!]

    public init() {}

    public var templatesDirectory: String { path("Templates") }
    public var publicDirectory: String { path("Public") }
    public var migrationsDirectory: String { path("Migrations") }
    public var seedsDirectory: String { path("Seeds") }
    /// The message catalogues: `gpm.pot`, `fr.po`, `es.po`.
    public var localesDirectory: String { path("Locales") }

    func path(_ component: String) -> String {
        URL(fileURLWithPath: rootDirectory).appendingPathComponent(component).path
    }

    /// The base URL once the port is known.
    func resolvedBaseURL(port boundPort: Int) -> String {
        if let baseURL, !baseURL.isEmpty {
            return baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(boundPort)"
    }
}
