import HTTP
import SQLite

/// POST routes of the related-rows sections: add and remove a city's network memberships (from either
/// side), a partnership's members and a session's people; move principles and actions up or down.
/// Each change is written with an audit entry on the owning record; a failed add form re-renders the
/// edit page with 422 and the input kept.
enum RegistrySectionRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        registerMemberships(on: &router, app)
        registerPartnershipMembers(on: &router, app)
        registerSessionPeople(on: &router, app)
        for kind in ["principles", "actions"] { registerMove(kind, on: &router, app) }
    }

    /// Runs `change` in a write transaction when `check` passed; else shows the owner's edit page with the failed form.
    static func apply(
        _ app: AppContext, _ signedIn: SignedIn, owner: RegistryEntity, id: Int, form: String, check: Validation,
        _ change: (Connection) throws -> Void
    ) throws -> Response {
        var check = check
        if check.isValid {
            do {
                try app.database.write { db in
                    guard try RegistryRepository.row(db, owner, id: id) != nil else { throw HTTPError(.notFound) }
                    try change(db)
                }
                return .redirect(to: "/workspace/\(owner.key)/\(id)/edit?saved=1")
            } catch let error as SQLiteError where error.isConstraintViolation {
                check.fail("_section",
                    error.isUniqueConstraintViolation ? "That entry is already there." : RegistryRefusal.constraintMessage(error, entity: owner))
            }
        }
        return try RegistryFormPage(app: app, entity: owner, signedIn: signedIn)
            .edit(id: id, state: .init(section: RegistrySectionForm(form: form, check: check), status: .unprocessableContent))
    }

    private static func registerMemberships(on router: inout Router, _ app: AppContext) {
        for byCity in [true, false] {
            let owner = byCity ? RegistryCatalogue.cities : RegistryCatalogue.networks
            let other = byCity ? "networks" : "cities"
            router.post("/workspace/\(owner.key)/:id/\(other)") { request in
                let signedIn = try app.require(.editRegistry, request)
                let id = try AdminRoutes.id(request)
                var check = Validation(FormInput(try request.formFields()))
                let field = byCity ? "network_id" : "city_id"
                let sql = byCity ? RegistryCatalogue.networkOptions : RegistryCatalogue.cityOptions
                let allowed = try app.database.read { db in try RegistryRepository.options(db, sql: sql).map(\.value) }
                let otherID = check.choice(field, label: byCity ? "Network" : "City", options: allowed, required: true).flatMap { Int($0) }
                let category = check.optionalText("category", label: "Category", max: 200)
                let since = check.optionalInt("since", label: "Member since", in: 1800...2100)
                return try apply(app, signedIn, owner: owner, id: id, form: "membership", check: check) { db in
                    let cityID = byCity ? id : otherID!, networkID = byCity ? otherID! : id
                    try db.run("INSERT INTO city_networks (city_id, network_id, category, since) VALUES (?, ?, ?, ?)", cityID, networkID,
                        category, since)
                    let row = try db.queryOne("SELECT * FROM city_networks WHERE city_id = ? AND network_id = ?", cityID, networkID)
                    try AuditLog.record(
                        db, user: signedIn.user, action: "add_membership", entity: owner.auditName, id: id,
                        summary: "Added the membership of \(try name(db, "cities", cityID)) in \(try name(db, "networks", networkID))",
                        after: row.map { AuditSnapshot(row: $0, excluding: ["created_at"]) })
                }
            }
            router.post("/workspace/\(owner.key)/:id/\(other)/:other/delete") { request in
                let signedIn = try app.require(.editRegistry, request)
                let id = try AdminRoutes.id(request)
                guard let otherID = Int(request.pathParameters["other"] ?? "") else { throw HTTPError(.notFound) }
                let cityID = byCity ? id : otherID, networkID = byCity ? otherID : id
                try app.database.write { db in
                    guard let row = try db.queryOne("SELECT * FROM city_networks WHERE city_id = ? AND network_id = ?", cityID, networkID) else {
                        throw HTTPError(.notFound)
                    }
                    try db.run("DELETE FROM city_networks WHERE city_id = ? AND network_id = ?", cityID, networkID)
                    try AuditLog.record(
                        db, user: signedIn.user, action: "remove_membership", entity: owner.auditName, id: id,
                        summary: "Removed the membership of \(try name(db, "cities", cityID)) in \(try name(db, "networks", networkID))",
                        before: AuditSnapshot(row: row, excluding: ["created_at"]))
                }
                return .redirect(to: "/workspace/\(owner.key)/\(id)/edit?saved=1")
            }
        }
    }

    private static func registerPartnershipMembers(on router: inout Router, _ app: AppContext) {
        let owner = RegistryCatalogue.partnerships
        router.post("/workspace/partnerships/:id/members") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            var check = Validation(FormInput(try request.formFields()))
            let (cities, networks) = try app.database.read { db in
                (try RegistryRepository.options(db, sql: RegistryCatalogue.cityOptions).map(\.value),
                 try RegistryRepository.options(db, sql: RegistryCatalogue.networkOptions).map(\.value))
            }
            let cityID = check.choice("city_id", label: "City", options: cities).flatMap { Int($0) }
            let networkID = check.choice("network_id", label: "Network", options: networks).flatMap { Int($0) }
            let organisation = check.optionalText("organisation", label: "Organisation", max: 300)
            let role = check.optionalText("role", label: "Role", max: 200)
            if check.isValid, [cityID != nil, networkID != nil, organisation != nil].filter({ $0 }).count != 1 {
                check.fail("city_id", "Choose exactly one: a city, a network, or another organisation's name.")
            }
            return try apply(app, signedIn, owner: owner, id: id, form: "member", check: check) { db in
                let position = (try db.scalar("SELECT max(position) FROM partnership_members WHERE partnership_id = ?", id) as Int? ?? 0) + 1
                try db.run(
                    "INSERT INTO partnership_members (partnership_id, city_id, network_id, organisation, role, position) VALUES (?, ?, ?, ?, ?, ?)",
                    id, cityID, networkID, organisation, role, position)
                let row = try db.queryOne("SELECT * FROM partnership_members WHERE id = ?", db.lastInsertRowID)
                try AuditLog.record(
                    db, user: signedIn.user, action: "add_member", entity: owner.auditName, id: id,
                    summary: "Added a member", after: row.map { AuditSnapshot(row: $0) })
            }
        }
        router.post("/workspace/partnerships/:id/members/:member/delete") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            guard let member = Int(request.pathParameters["member"] ?? "") else { throw HTTPError(.notFound) }
            try app.database.write { db in
                guard let row = try db.queryOne("SELECT * FROM partnership_members WHERE id = ? AND partnership_id = ?", member, id) else {
                    throw HTTPError(.notFound)
                }
                try db.run("DELETE FROM partnership_members WHERE id = ?", member)
                try AuditLog.record(
                    db, user: signedIn.user, action: "remove_member", entity: owner.auditName, id: id, summary: "Removed a member",
                    before: AuditSnapshot(row: row))
            }
            return .redirect(to: "/workspace/partnerships/\(id)/edit?saved=1")
        }
    }

    static func name(_ db: Connection, _ table: String, _ id: Int) throws -> String {
        try db.scalar("SELECT name FROM \(table) WHERE id = ?", id) ?? "#\(id)"
    }
}
