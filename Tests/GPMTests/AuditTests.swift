import Foundation
import SQLite
import Testing
@testable import GPM

@Suite("Audit log")
struct AuditTests {
    /// JSON has no NaN: such a snapshot must refuse to be stored rather than be logged as "{}".
    @Test func aSnapshotThatCannotBeEncodedThrows() throws {
        #expect(throws: (any Error).self) { try AuditSnapshot(["ratio": .double(.nan)]).json() }
        #expect(try AuditSnapshot(["name": "Lyon", "population": 522250]).json() == #"{"name":"Lyon","population":522250}"#)
        #expect(throws: (any Error).self) { try AuditSnapshot(json: "not json") }
    }

    @Test func recordCommitsWithTheChangeAndRollsBackWithIt() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let database = platform.app.database
        let cityID: Int = try #require(try database.read { db in try db.scalar("SELECT id FROM cities ORDER BY id LIMIT 1") })
        try database.write { db in
            let before = try #require(try db.queryOne("SELECT * FROM cities WHERE id = ?", cityID)).snapshot
            try db.run("UPDATE cities SET mayor_name = ? WHERE id = ?", "Ada <b>Mayor</b>", cityID)
            let after = try #require(try db.queryOne("SELECT * FROM cities WHERE id = ?", cityID)).snapshot
            try AuditStore(db: db).record(at: "2026-11-01T10:00:00Z", user: nil, action: .update, entity: "city", id: cityID, summary: "New mayor", before: before, after: after)
        }
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.write { db in
                try db.run("UPDATE cities SET mayor_name = 'Never' WHERE id = ?", cityID)
                try AuditStore(db: db).record(at: "2026-11-01T10:00:00Z", user: nil, action: .update, entity: "city", id: cityID, summary: "Rolled back")
                throw Boom()
            }
        }
        let history = try database.read { db in try AuditStore(db: db).history(entity: "city", id: cityID) }
        #expect(history.count == 1)
        let event = try #require(history.first)
        #expect(event.summary == "New mayor")
        #expect(event.changes.map(\.field) == ["mayor_name"])
        #expect(event.changes.first?.after == "Ada <b>Mayor</b>")
    }

    @Test func adminBrowsesAndFiltersTheLog() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let staffID = try platform.createUser(email: "staff@gpm.test", role: "staff")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let adminID: Int = try #require(try platform.app.database.read { db in try db.scalar("SELECT id FROM users WHERE email = 'admin@gpm.test'") })
        _ = try platform.post("/admin/invitations", form: [("email", "new@gpm.test"), ("role", "staff")], as: admin)
        _ = try platform.post("/admin/users/\(staffID)/active", form: [("active", "0")], as: admin)
        try platform.app.database.write { db in
            for index in 0..<60 { try AuditStore(db: db).record(at: "2026-11-01T10:00:00Z", user: nil, action: .update, entity: "network", id: index, summary: "Bulk <i>\(index)</i>") }
        }
        let all = try platform.get("/admin/audit", as: admin)
        #expect(all.status == 200)
        #expect(all.text.contains("rel=\"next\""))
        #expect(all.text.contains("Bulk &lt;i&gt;59&lt;/i&gt;"))
        let users = try platform.get("/admin/audit?entity=user&id=\(staffID)", as: admin).text
        #expect(users.contains("Deactivated staff@gpm.test"))
        #expect(users.contains("<th scope=\"row\" lang=\"en\">is_active</th><td data-label=\"Before\"><span lang=\"en\">true</span></td><td data-label=\"After\"><span lang=\"en\">false</span></td>"))
        #expect(!users.contains("Bulk"))
        let byAdmin = try platform.get("/admin/audit?user=\(adminID)", as: admin).text
        #expect(byAdmin.contains("Invited new@gpm.test"))
        #expect(!byAdmin.contains("Bulk"))
        // Each user's page shows its history.
        #expect(try platform.get("/admin/users/\(staffID)", as: admin).text.contains("Deactivated staff@gpm.test"))
    }
}

extension Row {
    var snapshot: AuditSnapshot { AuditSnapshot(row: self, excluding: ["updated_at"]) }
}
