import Foundation
import HTTP
import Mustache
import SQLite
import Synchronization

/// One running platform: the database (migrated, and seeded when new), the templates, the routes
/// and the HTTP server that serves them.
public final class Application: Sendable {
    public let configuration: AppConfiguration
    public let database: DatabasePool
    private let templates: TemplateLibrary
    /// The message catalogues of `Locales/`.
    private let localization: Localization
    private let mailTemplates: MailTemplates
    private let server: Server
    private let port: Int
    /// The one-time password of the admin created on this first start with no users (print it once); nil otherwise.
    public let initialAdminPassword: String?
    /// Whether `stopOnSignals()` installed the handlers already.
    private let signalsHandled = Mutex(false)
    /// The backup thread, when `configuration.backup` asks for scheduled copies.
    public let backups: BackupScheduler?
    /// The outbox's delivery thread (with no SMTP server it sends nothing and only wipes expired tokens).
    public let mail: DeliveryWorker

    /// Opens and migrates the database, loads the configured seed data into an empty one, parses every
    /// template (a broken template stops the start here, not on a visitor's page), and starts
    /// serving. Returns once the socket is listening.
    public init(configuration: AppConfiguration) throws {
        self.configuration = configuration
        let database = try DatabasePool(path: configuration.databasePath)
        do {
            try database.migrate(with: ParsedFiles.value("migrations", configuration) {
                try Migrator(directory: configuration.migrationsDirectory)
            })
            let demoData = DemoDataService(database: database)
            if configuration.seedsEmptyDatabase, try demoData.isEmpty() {
                try demoData.load(seedsDirectory: configuration.seedsDirectory, data: configuration.seed)
            }
            // After a migration that changed what the index holds (or a restore), before the first search.
            try SearchIndexService(database: database).rebuildIfStale()
            let localization = try ParsedFiles.value("locales", configuration) {
                try Localization(directory: configuration.localesDirectory, isStrict: configuration.strictTemplates)
            }
            self.localization = localization
            templates = try ParsedFiles.value("templates", configuration) {
                var templates = try TemplateLibrary(directory: configuration.templatesDirectory)
                templates.isStrict = configuration.strictTemplates
                templates.helpers = localization.templateHelpers
                return templates
            }
            mailTemplates = try ParsedFiles.value("mail templates", configuration) {
                try MailTemplates(
                    directory: URL(fileURLWithPath: configuration.templatesDirectory).appendingPathComponent("mail").path,
                    strict: configuration.strictTemplates, localization: localization)
            }
            initialAdminPassword = configuration.accounts.createsFirstAdmin
                ? try AccountSetupService(database: database, clock: configuration.clock, hashing: configuration.accounts.passwordHashing)
                    .createFirstAdminIfNeeded() : nil
        } catch {
            database.close()
            throw error
        }
        self.database = database

        var serverConfiguration = ServerConfiguration()
        serverConfiguration.host = configuration.host
        serverConfiguration.port = configuration.port
        if let workers = configuration.workers { serverConfiguration.workerCount = workers }
        serverConfiguration.errorHeaders = SecurityPolicy.headers
        let serverPages = ServerErrorPages(
            localization: localization, assetVersion: AssetVersion.query(publicDirectory: configuration.publicDirectory))
        serverConfiguration.errorPage = serverPages.hook
        if configuration.secureCookies {
            serverConfiguration.errorHeaders.add("Strict-Transport-Security", TransportSecurity.strictTransportSecurity)
        }
        serverConfiguration.maxConnectionsPerClient = configuration.maxConnectionsPerClient
        serverConfiguration.trustedProxies = configuration.trustedProxies
        serverConfiguration.connectionLimitExempt = configuration.connectionLimitExempt

        // The base URL may name the port, which is only known after binding; the handlers read it
        // through a box filled right after `start()`, before any request can arrive.
        let baseURLBox = BaseURL()
        let composer = MailComposer(
            templates: mailTemplates, localization: localization, baseURL: baseURLBox, configuredSender: configuration.mail.from)
        // Likewise `/metrics` reads the server's statistics through a box connected once the server exists.
        let serverGauges = ServerGauges()
        let router = Routes.make(
            database: database, templates: templates, configuration: configuration, baseURL: baseURLBox,
            serverGauges: serverGauges, localization: localization, mail: composer)
        let admission = HeadAdmission(
            baseURL: baseURLBox,
            sessions: SessionService(database: database, clock: configuration.clock, configuration: configuration.accounts),
            pages: serverPages)
        serverConfiguration.admit = { admission.admit($0) }
        let server = Server(configuration: serverConfiguration, router: router)
        self.server = server
        // Weak: the server holds the router that holds the gauges; a strong reference would keep a stopped one alive.
        serverGauges.connect { [weak server] in server?.statistics ?? ServerStatistics() }
        do {
            port = try server.start()
        } catch {
            database.close()
            throw error
        }
        baseURLBox.set(configuration.resolvedBaseURL(port: port))

        let quiet = !configuration.accessLog
        let worker = DeliveryWorker(database: database, clock: configuration.clock, composer: composer, mail: configuration.mail) { line in
            if !quiet { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        }
        worker.start()
        mail = worker

        if let schedule = configuration.backup {
            do {
                backups = try BackupScheduler(database: database, schedule: schedule, clock: configuration.clock) { line in
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            } catch {
                server.shutdown()
                server.waitUntilStopped()
                worker.stop()
                database.close()
                throw error
            }
            backups?.start()
        } else {
            backups = nil
        }
    }

    /// Takes a backup copy now (scheduled backups must be configured); the schedule is not moved.
    @discardableResult
    public func backUpNow() -> BackupScheduler.Outcome? { backups?.backUpNow() }

    /// The outbox: counts by state (a metrics gauge reads `outbox.counts().pending`).
    public var outbox: OutboxService { OutboxService(database: database, clock: configuration.clock) }

    /// The port actually bound (useful with port 0).
    public var boundPort: Int { port }
    public var baseURL: String { configuration.resolvedBaseURL(port: port) }

    /// From now on SIGINT and SIGTERM stop the server gracefully. Call it before announcing that the platform
    /// serves: a signal sent between the announcement and the handlers would otherwise be lost (the process starts
    /// with it blocked when its parent blocks it, and ignoring it to hand it to the handlers discards it), and the
    /// server would never stop.
    public func stopOnSignals() {
        let first = signalsHandled.withLock { handled in
            defer { handled = true }
            return !handled
        }
        if first { server.installSignalHandlers() }
    }

    /// Stops on SIGINT/SIGTERM: finishes in-flight requests, then returns.
    public func runUntilSignalled() {
        stopOnSignals()
        server.waitUntilStopped()
        mail.stop()
        backups?.stop()
        database.close()
    }

    /// Stops serving: in-flight requests finish within the grace period.
    public func shutdown() {
        server.shutdown()
        server.waitUntilStopped()
        mail.stop()
        backups?.stop()
        database.close()
    }
}
