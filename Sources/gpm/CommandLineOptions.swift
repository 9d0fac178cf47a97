import Foundation
import GPM
import HTTP
import Mail

/// The parsed command line: a command and the configuration its flags (or `GPM_*` environment
/// variables) describe. Flags win over the environment, which wins over the defaults.
struct CommandLineOptions {
    enum Command: String {
        case serve, migrate, seed, reindex, help, version, createUser = "create-user", backup, restore, mailTest = "mail-test"
    }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    var command: Command = .serve
    var configuration = AppConfiguration()
    /// Arguments after the command that are not flags (`gpm backup FILE`).
    var positional: [String] = []
    /// `gpm create-user` fields.
    var role: String?
    var email: String?
    var name: String?
    var city: String?
    var passwordFromStdin = false
    /// Outgoing mail flags, kept as given: `mailSetup(environment:)` resolves them (reading the password
    /// file), so `serve` and `mail-test` read them the same way and `--help` never touches the file.
    var mailFlags = MailFlags()
    /// `gpm mail-test --to ADDRESS`.
    var mailTestRecipient: String?

    static let usage = """
        gpm — the Global Parliament of Mayors platform

        Usage: gpm <command> [options]

        Commands:
          serve      create/migrate the database (seed data when new, see --seed) and serve the platform (default)
          migrate    apply pending migrations and exit
          seed       load the demo data (or, with --documents-only, the documents' data) into an empty database and exit
          reindex    rebuild the search index and the sort keys from the tables (after rows were written with SQL) and exit
          create-user --role admin|staff|city_office --email ADDRESS --name NAME [--city SLUG] [--password-stdin]
                     add an account; the password is read from stdin, or generated and printed
          backup FILE  copy the live database to FILE (safe while serving; FILE must not exist)
          restore FILE replace the database with the backup FILE: refuses while a server holds the database;
                     checks FILE (integrity_check), moves the current database and its -wal/-shm aside as
                     DATABASE.before-restore-TIME, puts FILE in place and applies pending migrations
          mail-test --to ADDRESS
                     send one test message with the SMTP settings below and print the exchange
                     (credentials hidden); exits non-zero with the reason when it fails
          help       show this help (also --help, -h)
          version    print the version (also --version)

        Options (environment variable in brackets):
          --host ADDRESS     address to listen on [GPM_HOST] (default 127.0.0.1)
          --port N           port, 0 for any free one [GPM_PORT] (default 8080)
          --database PATH    SQLite database file [GPM_DATABASE] (default ./gpm.sqlite)
          --root PATH        folder with Templates/, Public/, Migrations/, Seeds/ [GPM_ROOT] (default .)
          --base-url URL     public URL for canonical links and feeds [GPM_BASE_URL]
          --workers N        handler threads [GPM_WORKERS]
          --seed KIND        what fills a new database: demo (the papers plus marked invented rows),
                             documents (only what the papers state), none [GPM_SEED] (default demo)
          --documents-only   the same as --seed documents
          --no-seed          the same as --seed none: reference data only [GPM_NO_SEED=1]
          --quiet            no access log [GPM_QUIET=1]
          --access-log-format text|json
                             access log lines as text, or one JSON object per line with the fields time,
                             client, peer, scheme, method, target, route, status, bytes, duration_ms
                             [GPM_ACCESS_LOG_FORMAT] (default text)
          --trusted-proxy CIDR
                             a reverse proxy in front of the platform (repeatable; 10.0.0.5, 10.0.0.0/8,
                             ::1/128): from it, the client address and scheme are read from Forwarded /
                             X-Forwarded-For / X-Forwarded-Proto, and it has no connection limit
                             [GPM_TRUSTED_PROXY, comma-separated] (default: none, the headers are ignored)
          --secure-cookies   always mark cookies Secure and send HSTS, even for http requests (behind
                             HTTPS both already follow the scheme a trusted proxy reports) [GPM_SECURE_COOKIES=1]
          --backup-dir DIR   while serving, copy the database into DIR on a schedule, as
                             gpm-YYYYMMDDTHHMMSSZ.sqlite, each integrity-checked [GPM_BACKUP_DIR] (default: no backups)
          --backup-every D   time between copies: 30m, 6h, 24h, 7d [GPM_BACKUP_EVERY] (default 24h)
          --backup-keep N    copies kept, the newest; older ones are deleted [GPM_BACKUP_KEEP] (default 14)
          --smtp-url URL     outgoing mail server [GPM_SMTP_URL]: smtp://user@host:587 (STARTTLS required
                             before AUTH), smtps://user@host:465 (TLS from the start), smtp://host:25 (a relay,
                             no AUTH; STARTTLS when offered, ?starttls=never to skip it). No password in the URL
          --smtp-password-file FILE
                             the SMTP password, first line of FILE [GPM_SMTP_PASSWORD_FILE]; or set GPM_SMTP_PASSWORD
          --smtp-ca-file FILE  trusted CA certificates (PEM) instead of the system's [GPM_SMTP_CA_FILE]
          --mail-from ADDRESS  sender, "Name <address>" or address [GPM_MAIL_FROM]
          --metrics-allow CIDR  clients that may read /metrics (Prometheus text format); repeatable; others
                             get 404 [GPM_METRICS_ALLOW, comma-separated; empty: no one] (default 127.0.0.0/8 and ::1/128)
        """

    static func parse(_ arguments: [String], environment: [String: String]) throws -> CommandLineOptions {
        var options = CommandLineOptions()
        var config = AppConfiguration()
        if let value = environment["GPM_HOST"] { config.host = value }
        if let value = environment["GPM_PORT"] { config.port = try port(value, from: "GPM_PORT") }
        if let value = environment["GPM_DATABASE"] { config.databasePath = value }
        if let value = environment["GPM_ROOT"] { config.rootDirectory = value }
        if let value = environment["GPM_BASE_URL"] { config.baseURL = value }
        if let value = environment["GPM_WORKERS"] { config.workers = try count(value, from: "GPM_WORKERS") }
        if let value = environment["GPM_SEED"] { config.seed = try seed(value, from: "GPM_SEED") }
        if environment["GPM_NO_SEED"] == "1" { config.seed = .none }
        if environment["GPM_QUIET"] == "1" { config.accessLog = false }
        if environment["GPM_SECURE_COOKIES"] == "1" { config.secureCookies = true }
        if let value = environment["GPM_ACCESS_LOG_FORMAT"] { config.accessLogFormat = try logFormat(value, from: "GPM_ACCESS_LOG_FORMAT") }
        if let value = environment["GPM_TRUSTED_PROXY"] {
            config.trustedProxies = try value.split(separator: ",").map { try cidr(String($0.trimmingCharacters(in: .whitespaces)), from: "GPM_TRUSTED_PROXY") }
        }
        // Flags win over the environment: the first --trusted-proxy replaces GPM_TRUSTED_PROXY's list.
        var trustedProxyFlags: [CIDR]?
        if let value = environment["GPM_METRICS_ALLOW"] { config.metricsAllow = try cidrList(value, from: "GPM_METRICS_ALLOW") }
        var backupDirectory = environment["GPM_BACKUP_DIR"]
        var backupEvery = try environment["GPM_BACKUP_EVERY"].map { try duration($0, from: "GPM_BACKUP_EVERY") }
        var backupKeep = try environment["GPM_BACKUP_KEEP"].map { try keep($0, from: "GPM_BACKUP_KEEP") }
        // For the CI suites only: a file whose ISO 8601 instant is "now" (see PlatformClock), and strict
        // templates (a name no view model provides fails the page with a 500 the suite sees).
        config.clock = PlatformClock.fromEnvironment(environment)
        if environment["GPM_STRICT_TEMPLATES"] == "1" { config.strictTemplates = true }

        // The first --metrics-allow replaces the environment's (or the default) list; the next ones add to it.
        var metricsAllowFlags: [CIDR]?
        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("-") {
            guard let command = Command(rawValue: first) else {
                throw UsageError(description: "unknown command '\(first)'")
            }
            options.command = command
            rest = rest.dropFirst()
        }
        while let flag = rest.popFirst() {
            func value() throws -> String {
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    throw UsageError(description: "\(flag) needs a value")
                }
                return value
            }
            switch flag {
            case "--help", "-h": options.command = .help
            case "--version": options.command = .version
            case "--host": config.host = try value()
            case "--port": config.port = try port(try value(), from: flag)
            case "--database": config.databasePath = try value()
            case "--root": config.rootDirectory = try value()
            case "--base-url": config.baseURL = try value()
            case "--workers": config.workers = try count(try value(), from: flag)
            case "--seed": config.seed = try seed(try value(), from: flag)
            case "--documents-only": config.seed = .documents
            case "--no-seed": config.seed = .none
            case "--quiet": config.accessLog = false
            case "--secure-cookies": config.secureCookies = true
            case "--access-log-format": config.accessLogFormat = try logFormat(try value(), from: flag)
            case "--trusted-proxy": trustedProxyFlags = (trustedProxyFlags ?? []) + [try cidr(try value(), from: flag)]
            case "--backup-dir": backupDirectory = try value()
            case "--backup-every": backupEvery = try duration(try value(), from: flag)
            case "--backup-keep": backupKeep = try keep(try value(), from: flag)
            case "--metrics-allow": metricsAllowFlags = (metricsAllowFlags ?? []) + [try cidr(try value(), from: flag)]
            case "--role": options.role = try value()
            case "--email": options.email = try value()
            case "--name": options.name = try value()
            case "--city": options.city = try value()
            case "--password-stdin": options.passwordFromStdin = true
            case "--smtp-url": options.mailFlags.smtpURL = try value()
            case "--smtp-password-file": options.mailFlags.passwordFile = try value()
            case "--smtp-ca-file": options.mailFlags.caFile = try value()
            case "--mail-from": options.mailFlags.from = try value()
            case "--to": options.mailTestRecipient = try value()
            default:
                guard !flag.hasPrefix("-") else { throw UsageError(description: "unknown option '\(flag)'") }
                options.positional.append(flag)
            }
        }
        if let trustedProxyFlags { config.trustedProxies = trustedProxyFlags }
        if let directory = backupDirectory, !directory.isEmpty {
            config.backup = BackupSchedule(
                directory: directory, interval: backupEvery ?? BackupSchedule.defaultInterval, keep: backupKeep ?? BackupSchedule.defaultKeep)
        } else if backupEvery != nil || backupKeep != nil {
            throw UsageError(description: "--backup-every and --backup-keep need --backup-dir (or GPM_BACKUP_DIR)")
        }
        if let metricsAllowFlags { config.metricsAllow = metricsAllowFlags }
        options.configuration = config
        return options
    }

    /// The outgoing mail settings from the flags, else the environment; `smtp` is nil when no SMTP URL is
    /// set (mail then waits in the outbox).
    func mailSetup(environment: [String: String]) throws -> MailSetup {
        let smtp: SMTPSettings?
        do {
            smtp = try SMTPSettings.resolve(
                url: mailFlags.smtpURL, passwordFile: mailFlags.passwordFile, caFile: mailFlags.caFile, environment: environment)
        } catch let error as SMTPSettings.Invalid {
            throw UsageError(description: error.description)
        }
        var from: MailAddress?
        if let text = mailFlags.from ?? environment["GPM_MAIL_FROM"], !text.isEmpty {
            do {
                from = try MailAddress(parsing: text)
            } catch {
                throw UsageError(description: "--mail-from (GPM_MAIL_FROM): \(error)")
            }
        }
        return MailSetup(smtp: smtp, from: from)
    }

    /// A comma-separated list of CIDR blocks; spaces around items are ignored, and an empty list means none.
    private static func cidrList(_ text: String, from source: String) throws -> [CIDR] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { try cidr($0, from: source) }
    }

    private static func port(_ text: String, from source: String) throws -> Int {
        guard let port = Int(text), (0...65535).contains(port), text.allSatisfy(\.isNumber) else {
            throw UsageError(description: "\(source) must be a port number from 0 to 65535, not '\(text)'")
        }
        return port
    }

    private static func seed(_ text: String, from source: String) throws -> SeedData {
        guard let seed = SeedData(rawValue: text) else {
            throw UsageError(description: "\(source) must be one of demo, documents, none, not '\(text)'")
        }
        return seed
    }

    private static func logFormat(_ text: String, from source: String) throws -> AccessLog.Format {
        guard let format = AccessLog.Format(rawValue: text) else {
            throw UsageError(description: "\(source) must be text or json, not '\(text)'")
        }
        return format
    }

    private static func cidr(_ text: String, from source: String) throws -> CIDR {
        guard let block = CIDR(text) else {
            throw UsageError(
                description: "\(source) must be an IP address or a CIDR block such as 10.0.0.5, 10.0.0.0/8 or fd00::/8"
                    + " (with no host bits set below the prefix), not '\(text)'")
        }
        return block
    }

    private static func duration(_ text: String, from source: String) throws -> TimeInterval {
        guard let interval = BackupSchedule.duration(parsing: text) else {
            throw UsageError(description: "\(source) must be a duration such as 30m, 6h, 24h or 7d, not '\(text)'")
        }
        return interval
    }

    private static func keep(_ text: String, from source: String) throws -> Int {
        guard let count = Int(text), (1...10_000).contains(count), text.allSatisfy(\.isNumber) else {
            throw UsageError(description: "\(source) must be a number of copies from 1 to 10000, not '\(text)'")
        }
        return count
    }

    private static func count(_ text: String, from source: String) throws -> Int {
        guard let count = Int(text), (1...1024).contains(count), text.allSatisfy(\.isNumber) else {
            throw UsageError(description: "\(source) must be a number from 1 to 1024, not '\(text)'")
        }
        return count
    }
}
