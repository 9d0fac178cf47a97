import Foundation
import GPM
import SQLite
import Testing

@Suite("gpm create-user and gpm backup")
struct AccountsCommandTests {
    /// Runs `gpm` with `input` on its stdin.
    static func run(_ arguments: [String], input: String) throws -> GPMCommandTests.Run {
        let process = Process()
        process.executableURL = GPMCommandTests.executable
        process.arguments = arguments
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return GPMCommandTests.Run(
            status: process.terminationStatus, output: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            errors: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test func createUserWithAPasswordFromStdinCanSignIn() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let database = platform.app.configuration.databasePath
        let root = TestPlatform.repositoryRoot.path
        let created = try Self.run(
            [
                "create-user", "--role", "staff", "--email", "Cli@GPM.test", "--name", "Cli Staff", "--password-stdin", "--database", database,
                "--root", root,
            ],
            input: "a password from stdin\n")
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("created staff Cli@GPM.test"))
        #expect(!created.output.contains("a password from stdin"))
        // The command hashes with the standard (production) cost; the platform verifies it all the same.
        _ = try platform.signIn(email: "cli@gpm.test", password: "a password from stdin")

        let generated = try GPMCommandTests.run([
            "create-user", "--role", "admin", "--email", "gen@gpm.test", "--name", "Gen", "--database", database, "--root", root,
        ])
        #expect(generated.status == 0)
        let password = try #require(generated.output.firstMatch(of: /password: (\S+)/)).1
        _ = try platform.signIn(email: "gen@gpm.test", password: String(password))

        let duplicate = try GPMCommandTests.run([
            "create-user", "--role", "admin", "--email", "gen@gpm.test", "--name", "Gen", "--database", database, "--root", root,
        ])
        #expect(duplicate.status == 1)
        #expect(duplicate.errors.contains("already exists"))
        let noCity = try GPMCommandTests.run([
            "create-user", "--role", "city_office", "--email", "o@gpm.test", "--name", "O", "--database", database, "--root", root,
        ])
        #expect(noCity.errors.contains("--city"))
        let short = try Self.run(
            ["create-user", "--role", "staff", "--email", "s@gpm.test", "--name", "S", "--password-stdin", "--database", database, "--root", root],
            input: "short\n")
        #expect(short.status == 1)
        #expect(short.errors.contains("at least 12 characters"))
        let missing = try GPMCommandTests.run(["create-user", "--role", "staff"])
        #expect(missing.status == 2)
    }

    @Test func backupWhileServingRestoresEveryRecord() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", name: "Ada <Admin>", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        _ = try platform.post("/admin/invitations", form: [("email", "new@gpm.test"), ("role", "staff")], as: admin)
        let backup = platform.directory.appendingPathComponent("backup.sqlite").path
        let run = try GPMCommandTests.run(["backup", backup, "--database", platform.app.configuration.databasePath])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("backed up"))
        #expect(try GPMCommandTests.run(["backup", backup, "--database", platform.app.configuration.databasePath]).status == 1)

        // Restore as the README says: the backup file becomes the database of a (new) platform.
        let restoredPath = platform.directory.appendingPathComponent("restored.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: restoredPath)
        var configuration = platform.app.configuration
        configuration.databasePath = restoredPath
        configuration.port = 0
        let restored = try Application(configuration: configuration)
        defer { restored.shutdown() }
        let tables: [String] = try platform.app.database.read { db in
            try db.query(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
            .map { try $0.string("name") }
        }
        #expect(tables.contains("users") && tables.contains("cities") && tables.contains("audit_events"))
        for table in tables {
            let sql = "SELECT * FROM \"\(table)\" ORDER BY 1"
            let original = try platform.app.database.read { db in try db.query(sql) }
            let copy = try restored.database.read { db in try db.query(sql) }
            #expect(original == copy, "table \(table)")
        }
        let signedIn = try TestClient.send(port: restored.boundPort, method: "GET", target: "/account", headers: admin.cookieHeader)
        #expect(signedIn.status == 200)
        #expect(signedIn.text.contains("Ada &lt;Admin&gt;"))
    }
}
