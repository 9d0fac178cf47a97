import Foundation
import HTTP
import SQLite

/// An admin's message to the offices of a filtered list of cities: the cities the compliance page shows
/// for the same filter (`ComplianceFilter`, `ComplianceService.report`), each city's active office users
/// who keep "messages from the secretariat" on. `audience` is what the compose and preview steps show;
/// `send` computes the same list again in its own transaction, records one message per person and audits.
struct SecretariatMessageService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The cities the filter selects and who in each would receive the message.
    func audience(_ filter: ComplianceFilter, by admin: User) throws -> MessageAudience {
        let now = clock.now()
        return try database.read { db in
            guard Policy.can(admin, .manageUsers) else { throw HTTPError(.forbidden) }
            return try Self.audience(db, filter, at: now)
        }
    }

    /// Records the message for everyone in the audience; returns the audience it went to.
    func send(_ draft: MessageDraft, to filter: ComplianceFilter, by admin: User) throws -> MessageAudience {
        let now = clock.now()
        let timestamp = Timestamp.format(now)
        let epoch = Int(now.timeIntervalSince1970)
        return try database.write { db in
            guard Policy.can(admin, .manageUsers) else { throw HTTPError(.forbidden) }
            let audience = try Self.audience(db, filter, at: now)
            guard audience.people > 0 else { throw HTTPError(.conflict, "No office in these cities receives messages.") }
            let outbox = OutboxStore(db: db)
            for city in audience.cities {
                for person in city.recipients {
                    try outbox.enqueue(
                        kind: .secretariatMessage, userID: person.id, toAddress: person.email, toName: person.name,
                        params: ["subject": draft.subject, "body": draft.body, "sender": admin.name, "city": city.name],
                        now: timestamp, epoch: epoch)
                }
            }
            try AuditStore(db: db).record(
                at: timestamp, user: admin, action: "send", entity: "secretariat_message", id: nil,
                summary: "Message “\(draft.subject)” to the offices of \(audience.cities.filter { !$0.recipients.isEmpty }.count) cities (\(audience.people) people)",
                after: ["subject": .string(draft.subject), "body": .string(draft.body),
                        "cities": .string(audience.cities.map(\.name).joined(separator: ", "))])
            return audience
        }
    }

    private static func audience(_ db: Connection, _ filter: ComplianceFilter, at now: Date) throws -> MessageAudience {
        let report = try ComplianceService.report(db, year: filter.year, at: now)
        let store = MailScheduleStore(db: db)
        let cities = try report.rows.filter(filter.matches).map { row in
            MessageAudience.City(name: row.cityName, recipients: try store.officeRecipients(cityID: row.cityID, topic: .secretariatMessages))
        }
        return MessageAudience(year: report.cycle?.year, cities: cities)
    }
}

/// The cities a message goes to, and who in each.
struct MessageAudience: Sendable {
    struct City: Sendable {
        let name: String
        let recipients: [MailRecipient]
    }

    /// The cycle whose compliance rows were filtered.
    let year: Int?
    let cities: [City]
    var people: Int { cities.reduce(0) { $0 + $1.recipients.count } }
}

/// What the admin wrote.
struct MessageDraft: Sendable, Equatable {
    let subject: String
    let body: String
}
