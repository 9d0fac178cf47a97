import HTTP
import SQLite

/// A session's people (add, remove) and the order of its principles and actions (move up or down).
extension RegistrySectionRoutes {
    static func registerSessionPeople(on router: inout Router, _ app: AppContext) {
        let owner = RegistryCatalogue.sessions
        router.post("/workspace/sessions/:id/people") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            var check = Validation(FormInput(try request.formFields()))
            let (cities, networks) = try app.database.read { db in
                (try RegistryRepository.options(db, sql: RegistryCatalogue.cityOptions).map(\.value),
                 try RegistryRepository.options(db, sql: RegistryCatalogue.networkOptions).map(\.value))
            }
            let role = check.choice("role", label: "Role", options: RegistrySessionParts.roles, required: true)
            let name = check.requiredText("person_name", label: "Name", max: 200)
            let cityID = check.choice("city_id", label: "City", options: cities).flatMap { Int($0) }
            let networkID = check.choice("network_id", label: "Network", options: networks).flatMap { Int($0) }
            let organisation = check.optionalText("organisation", label: "Organisation", max: 300)
            return try apply(app, signedIn, owner: owner, id: id, form: "person", check: check) { db in
                let position = (try db.scalar("SELECT max(position) FROM session_people WHERE session_id = ? AND role = ?", id,
                    role) as Int? ?? 0) + 1
                try db.run(
                    """
                    INSERT INTO session_people (session_id, role, position, person_name, city_id, network_id, organisation)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    id, role, position, name, cityID, networkID, organisation)
                let row = try db.queryOne("SELECT * FROM session_people WHERE id = ?", db.lastInsertRowID)
                try AuditLog.record(
                    db, user: signedIn.user, action: "add_person", entity: owner.auditName, id: id,
                    summary: "Added \(name ?? "") (\(Formatting.label(role ?? "")))", after: row.map { AuditSnapshot(row: $0) })
            }
        }
        router.post("/workspace/sessions/:id/people/:person/delete") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            guard let person = Int(request.pathParameters["person"] ?? "") else { throw HTTPError(.notFound) }
            try app.database.write { db in
                guard let row = try db.queryOne("SELECT * FROM session_people WHERE id = ? AND session_id = ?", person, id) else {
                    throw HTTPError(.notFound)
                }
                try db.run("DELETE FROM session_people WHERE id = ?", person)
                try AuditLog.record(
                    db, user: signedIn.user, action: "remove_person", entity: owner.auditName, id: id,
                    summary: "Removed \(try row.string("person_name"))", before: AuditSnapshot(row: row))
            }
            return .redirect(to: "/workspace/sessions/\(id)/edit?saved=1")
        }
    }

    /// `POST /workspace/sessions/:id/<kind>/:item/move` with `direction` up or down: swaps positions with the neighbour.
    static func registerMove(_ kind: String, on router: inout Router, _ app: AppContext) {
        let table = kind
        router.post("/workspace/sessions/:id/\(kind)/:item/move") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            guard let item = Int(request.pathParameters["item"] ?? "") else { throw HTTPError(.notFound) }
            let up = try request.formFields()["direction"] == "up"
            try app.database.write { db in
                guard let position: Int = try db.scalar("SELECT position FROM \(table) WHERE id = ? AND session_id = ?", item, id) else {
                    throw HTTPError(.notFound)
                }
                let neighbour = try db.queryOne(
                    up ? "SELECT id, position FROM \(table) WHERE session_id = ? AND position < ? ORDER BY position DESC LIMIT 1"
                       : "SELECT id, position FROM \(table) WHERE session_id = ? AND position > ? ORDER BY position LIMIT 1", id, position)
                guard let neighbour else { return }
                let otherID = try neighbour.int("id"), otherPosition = try neighbour.int("position")
                // UNIQUE (session_id, position): park the item past the end while the neighbour takes its place.
                let parking = (try db.scalar("SELECT max(position) FROM \(table) WHERE session_id = ?", id) as Int? ?? 0) + 1
                let bump = "version = version + 1, updated_at = \(RegistryRepository.now)"
                try db.run("UPDATE \(table) SET position = ?, \(bump) WHERE id = ?", parking, item)
                try db.run("UPDATE \(table) SET position = ?, \(bump) WHERE id = ?", position, otherID)
                try db.run("UPDATE \(table) SET position = ? WHERE id = ?", otherPosition, item)
                try AuditLog.record(
                    db, user: signedIn.user, action: "reorder", entity: "session", id: id,
                    summary: "Moved \(kind == "actions" ? "action" : "principle") \(position) \(up ? "up" : "down") to position \(otherPosition)",
                    before: ["\(kind.dropLast())_\(item)_position": .int(position)],
                        after: ["\(kind.dropLast())_\(item)_position": .int(otherPosition)])
            }
            return .redirect(to: "/workspace/sessions/\(id)/edit?saved=1")
        }
    }
}
