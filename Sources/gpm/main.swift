import Foundation
import GPM
import Mail
import SQLite
import HTTP

// Before any thread starts, so every thread inherits it: SIGINT/SIGTERM then reach the one thread that
// waits for them and the server stops gracefully (see `ShutdownSignals`).
ShutdownSignals.block()

/// Writes a line to stdout at once: a script waiting for "serving" must not wait for a buffer.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("gpm: \(message)\n".utf8))
    exit(code)
}

let options: CommandLineOptions
do {
    options = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
} catch {
    fail("\(error)\nRun 'gpm --help' for usage.", code: 2)
}
let configuration = options.configuration

switch options.command {
case .help:
    say(CommandLineOptions.usage)
case .version:
    say("gpm \(PlatformVersion.current)")
case .migrate:
    do {
        let pool = try DatabasePool(path: configuration.databasePath)
        defer { pool.close() }
        let applied = try pool.migrate(with: Migrator(directory: configuration.migrationsDirectory))
        say(applied.isEmpty ? "gpm: database is up to date" : applied.map { "applied \($0.fileName)" }.joined(separator: "\n"))
    } catch {
        fail("cannot migrate \(configuration.databasePath): \(error)")
    }
case .seed:
    do {
        let pool = try DatabasePool(path: configuration.databasePath)
        defer { pool.close() }
        guard configuration.seed != .none else {
            fail("seed with --no-seed (or --seed none) has nothing to load\nRun 'gpm --help' for usage.", code: 2)
        }
        try pool.migrate(with: Migrator(directory: configuration.migrationsDirectory))
        try DemoDataService(database: pool).load(seedsDirectory: configuration.seedsDirectory, data: configuration.seed)
        say("gpm: \(configuration.seed.label) loaded into \(configuration.databasePath)")
    } catch {
        fail("cannot seed \(configuration.databasePath): \(error)")
    }
case .reindex:
    do {
        // No migration here: the schema may come from another tool (Seeds/tools/check.sh applies the
        // migrations with the sqlite3 command line); a database without 0035 fails with SQLite's message.
        let pool = try DatabasePool(path: configuration.databasePath)
        defer { pool.close() }
        let entries = try SearchIndexService(database: pool).rebuild()
        say("gpm: search index rebuilt (\(entries) entries) in \(configuration.databasePath)")
    } catch {
        fail("cannot reindex \(configuration.databasePath): \(error)")
    }
case .createUser:
    guard let role = options.role, let email = options.email, let name = options.name else {
        fail("create-user needs --role, --email and --name\nRun 'gpm --help' for usage.", code: 2)
    }
    do {
        let password: String
        if options.passwordFromStdin {
            password = readLine(strippingNewline: true) ?? ""
        } else {
            password = try AccountSetupService.generatedPassword()
        }
        let pool = try DatabasePool(path: configuration.databasePath)
        defer { pool.close() }
        try pool.migrate(with: Migrator(directory: configuration.migrationsDirectory))
        try AccountSetupService(database: pool, clock: configuration.clock, hashing: configuration.accounts.passwordHashing)
            .createUser(email: email, name: name, role: role, citySlug: options.city, password: password)
        say("gpm: created \(role) \(email)")
        if !options.passwordFromStdin { say("password: \(password)") }
    } catch {
        fail("cannot create the user: \(error)")
    }
case .backup:
    guard options.positional.count == 1, let file = options.positional.first else {
        fail("backup needs one FILE to write\nRun 'gpm --help' for usage.", code: 2)
    }
    do {
        let copied = try DatabaseBackup.copy(databasePath: configuration.databasePath, to: file)
        say("gpm: backed up \(configuration.databasePath) to \(file) (\(copied.tables) tables, \(copied.rows) rows)")
    } catch {
        fail("cannot back up \(configuration.databasePath): \(error)")
    }
case .restore:
    guard options.positional.count == 1, let file = options.positional.first else {
        fail("restore needs one FILE to restore\nRun 'gpm --help' for usage.", code: 2)
    }
    do {
        let report = try DatabaseRestore.restore(
            from: file, databasePath: configuration.databasePath,
            migrationsDirectory: configuration.migrationsDirectory, clock: configuration.clock)
        say("gpm: checked \(file): integrity ok, \(report.tables) tables, \(report.rows) rows")
        say(report.movedAside.isEmpty
            ? "gpm: there was no database at \(configuration.databasePath); nothing moved aside"
            : "gpm: moved the previous database aside (kept, not deleted): \(report.movedAside.joined(separator: ", "))")
        say("gpm: restored \(file) to \(configuration.databasePath)")
        say(report.appliedMigrations.isEmpty
            ? "gpm: migrations: up to date" : report.appliedMigrations.map { "applied \($0)" }.joined(separator: "\n"))
    } catch {
        fail("cannot restore \(file): \(error)")
    }
case .mailTest:
    guard let recipient = options.mailTestRecipient else {
        fail("mail-test needs --to ADDRESS\nRun 'gpm --help' for usage.", code: 2)
    }
    do {
        let setup = try options.mailSetup(environment: ProcessInfo.processInfo.environment)
        try MailTest.run(setup: setup, recipient: recipient, clock: configuration.clock)
    } catch let error as CommandLineOptions.UsageError {
        fail("\(error)\nRun 'gpm --help' for usage.", code: 2)
    } catch {
        fail("mail-test failed: \(error)")
    }
case .serve:
    // The mail flags are checked now, so a wrong URL or unreadable password file stops the start; the
    // outbox's delivery worker sends through them (with no --smtp-url, mail waits in the outbox).
    var configuration = configuration
    do {
        let setup = try options.mailSetup(environment: ProcessInfo.processInfo.environment)
        if setup.smtp != nil, setup.from == nil {
            throw CommandLineOptions.UsageError(description: "serve with --smtp-url needs --mail-from (or GPM_MAIL_FROM)")
        }
        configuration.mail.smtp = setup.smtp
        configuration.mail.from = setup.from
        // For the CI suites only: shorter SMTP timeouts (seconds), so a stalled server is given up on quickly.
        if let text = ProcessInfo.processInfo.environment["GPM_SMTP_TIMEOUT"], !text.isEmpty {
            guard let seconds = Double(text), seconds > 0 else {
                throw CommandLineOptions.UsageError(description: "GPM_SMTP_TIMEOUT must be a number of seconds")
            }
            configuration.mail.smtp?.timeouts = SMTPSettings.Timeouts(connect: seconds, reply: seconds, dataEnd: seconds)
        }
    } catch {
        fail("\(error)\nRun 'gpm --help' for usage.", code: 2)
    }
    // Held until the process ends (the kernel drops it then, also on a crash): `gpm restore` refuses meanwhile.
    let lock: DatabaseLock
    do {
        lock = try DatabaseLock(databasePath: configuration.databasePath)
    } catch {
        fail("cannot start: \(error)")
    }
    let app: Application
    do {
        app = try Application(configuration: configuration)
    } catch {
        fail("cannot start: \(error)")
    }
    // Before the announcement: scripts and tests send SIGTERM as soon as they read it.
    app.stopOnSignals()
    if let schedule = configuration.backup {
        say("gpm: backups every \(Int(schedule.interval))s into \(schedule.directory), newest \(schedule.keep) kept")
    }
    if !configuration.trustedProxies.isEmpty {
        say("gpm: trusting proxies \(configuration.trustedProxies.map(\.description).joined(separator: ", ")) for the client address and scheme"
            + " (Forwarded, X-Forwarded-For, X-Forwarded-Proto)")
    }
    say("GPM Platform serving \(app.baseURL) (database \(configuration.databasePath)); Ctrl-C stops it")
    if let smtp = configuration.mail.smtp {
        say("gpm: mail goes out through \(smtp.redactedDescription)")
    } else {
        say("gpm: no SMTP server (--smtp-url): mail waits in the outbox, readable at /admin/outbox")
    }
    if let password = app.initialAdminPassword {
        say("""
            First start with no users: created the admin \(AccountSetupService.firstAdminEmail) with the one-time password
                \(password)
            Sign in at \(app.baseURL)/sign-in and choose a new password; it is not shown again.
            """)
    }
    app.runUntilSignalled()
    lock.release()
    say("gpm: stopped")
}
