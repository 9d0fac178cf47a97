import HTTP
import SQLite

/// Changes the related rows of a registry record: a city's network memberships (from either side), a
/// partnership's members, a session's people and the order of its principles and actions. Each change is
/// checked (choices against the registry as it is now) and written with an audit entry on the owning record
/// in one transaction.
struct RegistrySectionService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What an add form came to: saved, or refused with its messages and input.
    enum Outcome {
        case saved
        case invalid(Validation)
    }

    /// Adds a membership of a city (`byCity`: the owner is the city) in a network.
    func addMembership(byCity: Bool, owner id: Int, input: FormInput, by user: User, messages: Messages) throws -> Outcome {
        let now = clock.timestamp()
        let owner = byCity ? RegistryCatalogue.cities : RegistryCatalogue.networks
        return try change(owner: owner, id: id, input: input, messages: messages) { db, check in
            let allowed = try RegistryCatalogueStore(db: db).options(byCity ? .networks : .cities).map(\.value)
            let otherID = check.choice(byCity ? "network_id" : "city_id", label: byCity ? messages.t("Network") : messages.t("City"), options: allowed, required: true)
                .flatMap { Int($0) }
            let category = check.optionalText("category", label: messages.t("Category"), max: 200)
            let since = check.optionalInt("since", label: messages.t("Member since"), in: 1800...2100)
            guard check.isValid, let otherID else { return }
            let store = RegistrySectionStore(db: db)
            let cityID = byCity ? id : otherID, networkID = byCity ? otherID : id
            try store.insertMembership(cityID: cityID, networkID: networkID, category: category, since: since, now: now)
            let row = try store.membership(cityID: cityID, networkID: networkID)
            try AuditStore(db: db).record(
                at: now, user: user, action: "add_membership", entity: owner.auditName, id: id,
                summary: "Added the membership of \(try store.name(.cities, cityID)) in \(try store.name(.networks, networkID))",
                after: row.map { AuditSnapshot(row: $0, excluding: ["created_at"]) })
        }
    }

    /// Removes the membership between the owner and `other` (404 when there is none).
    func removeMembership(byCity: Bool, owner id: Int, other: Int, by user: User) throws {
        let now = clock.timestamp()
        let owner = byCity ? RegistryCatalogue.cities : RegistryCatalogue.networks
        let cityID = byCity ? id : other, networkID = byCity ? other : id
        try database.write { db in
            let store = RegistrySectionStore(db: db)
            guard let row = try store.membership(cityID: cityID, networkID: networkID) else { throw HTTPError(.notFound) }
            try store.deleteMembership(cityID: cityID, networkID: networkID)
            try AuditStore(db: db).record(
                at: now, user: user, action: "remove_membership", entity: owner.auditName, id: id,
                summary: "Removed the membership of \(try store.name(.cities, cityID)) in \(try store.name(.networks, networkID))",
                before: AuditSnapshot(row: row, excluding: ["created_at"]))
        }
    }

    /// Adds a member to a partnership: exactly one of a city, a network or another organisation's name.
    func addPartnershipMember(partnership id: Int, input: FormInput, by user: User, messages: Messages) throws -> Outcome {
        let now = clock.timestamp()
        let owner = RegistryCatalogue.partnerships
        return try change(owner: owner, id: id, input: input, messages: messages) { db, check in
            let (cities, networks) = try choices(db)
            let cityID = check.choice("city_id", label: messages.t("City"), options: cities).flatMap { Int($0) }
            let networkID = check.choice("network_id", label: messages.t("Network"), options: networks).flatMap { Int($0) }
            let organisation = check.optionalText("organisation", label: messages.t("Organisation"), max: 300)
            let role = check.optionalText("role", label: messages.t("Role"), max: 200)
            if check.isValid, [cityID != nil, networkID != nil, organisation != nil].filter({ $0 }).count != 1 {
                check.fail("city_id", messages.t("Choose exactly one: a city, a network, or another organisation’s name."))
            }
            guard check.isValid else { return }
            let row = try RegistrySectionStore(db: db).insertPartnershipMember(
                partnership: id, cityID: cityID, networkID: networkID, organisation: organisation, role: role)
            try AuditStore(db: db).record(
                at: now, user: user, action: "add_member", entity: owner.auditName, id: id,
                summary: "Added a member", after: row.map { AuditSnapshot(row: $0) })
        }
    }

    /// Removes a member of the partnership (404 when it is not one of its members).
    func removePartnershipMember(partnership id: Int, member: Int, by user: User) throws {
        let now = clock.timestamp()
        try database.write { db in
            let store = RegistrySectionStore(db: db)
            guard let row = try store.partnershipMember(member, partnership: id) else { throw HTTPError(.notFound) }
            try store.deletePartnershipMember(member)
            try AuditStore(db: db).record(
                at: now, user: user, action: "remove_member", entity: RegistryCatalogue.partnerships.auditName, id: id,
                summary: "Removed a member", before: AuditSnapshot(row: row))
        }
    }

    /// Adds a chair, co-chair, resource-team member or author to a session.
    func addSessionPerson(session id: Int, input: FormInput, by user: User, messages: Messages) throws -> Outcome {
        let now = clock.timestamp()
        let owner = RegistryCatalogue.sessions
        return try change(owner: owner, id: id, input: input, messages: messages) { db, check in
            let (cities, networks) = try choices(db)
            let role = check.choice("role", label: messages.t("Role"), options: RegistryChoice.sessionRole.values, required: true)
            let name = check.requiredText("person_name", label: messages.t("Name"), max: 200)
            let cityID = check.choice("city_id", label: messages.t("City"), options: cities).flatMap { Int($0) }
            let networkID = check.choice("network_id", label: messages.t("Network"), options: networks).flatMap { Int($0) }
            let organisation = check.optionalText("organisation", label: messages.t("Organisation"), max: 300)
            guard check.isValid else { return }
            let row = try RegistrySectionStore(db: db).insertSessionPerson(
                session: id, role: role, name: name, cityID: cityID, networkID: networkID, organisation: organisation)
            try AuditStore(db: db).record(
                at: now, user: user, action: "add_person", entity: owner.auditName, id: id,
                summary: "Added \(name ?? "") (\(Formatting.label(role ?? "")))", after: row.map { AuditSnapshot(row: $0) })
        }
    }

    /// Removes a person from the session (404 when they are not one of its people).
    func removeSessionPerson(session id: Int, person: Int, by user: User) throws {
        let now = clock.timestamp()
        try database.write { db in
            let store = RegistrySectionStore(db: db)
            guard let row = try store.sessionPerson(person, session: id) else { throw HTTPError(.notFound) }
            try store.deleteSessionPerson(person)
            try AuditStore(db: db).record(
                at: now, user: user, action: "remove_person", entity: RegistryCatalogue.sessions.auditName, id: id,
                summary: "Removed \(try row.string("person_name"))", before: AuditSnapshot(row: row))
        }
    }

    /// Moves a principle or action of the session one place up or down (nothing at either end; 404 when
    /// the item is not the session's).
    func move(_ table: RegistryOrderedTable, session id: Int, item: Int, up: Bool, by user: User) throws {
        let now = clock.timestamp()
        try database.write { db in
            let store = RegistrySectionStore(db: db)
            guard let position = try store.position(table, item: item, session: id) else { throw HTTPError(.notFound) }
            guard let neighbour = try store.neighbour(table, session: id, position: position, up: up) else { return }
            try store.swap(table, session: id, item: item, at: position, with: neighbour.id, at: neighbour.position, now: now)
            let key = "\(table.rawValue.dropLast())_\(item)_position"
            try AuditStore(db: db).record(
                at: now, user: user, action: "reorder", entity: "session", id: id,
                summary: "Moved \(table == .actions ? "action" : "principle") \(position) \(up ? "up" : "down") to position \(neighbour.position)",
                before: [key: .int(position)], after: [key: .int(neighbour.position)])
        }
    }

    /// Checks and writes an add form in one transaction: 404 when the owner is gone; a constraint SQLite
    /// enforces (a duplicate pair) comes back as a message on the form, not a 500.
    private func change(
        owner: RegistryEntity, id: Int, input: FormInput, messages: Messages, _ body: (Connection, inout Validation) throws -> Void
    ) throws -> Outcome {
        var check = Validation(input, messages: messages)
        do {
            try database.write { db in
                guard try RegistryStore(db: db).row(owner, id: id) != nil else { throw HTTPError(.notFound) }
                try body(db, &check)
            }
        } catch let error as SQLiteError where error.isConstraintViolation {
            check.fail("_section",
                error.isUniqueConstraintViolation
                    ? messages.t("That entry is already there.") : RegistryRefusal.constraintMessage(error, entity: owner, messages))
        }
        return check.isValid ? .saved : .invalid(check)
    }

    /// The cities and networks an add form may choose from, as they are now.
    private func choices(_ db: Connection) throws -> (cities: [String], networks: [String]) {
        let store = RegistryCatalogueStore(db: db)
        return (try store.options(.cities).map(\.value), try store.options(.networks).map(\.value))
    }
}
