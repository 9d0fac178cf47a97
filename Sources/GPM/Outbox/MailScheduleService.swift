import Foundation
import SQLite

/// Mail that falls due by the clock rather than by an event: the deadline reminders of every open cycle
/// and the weekly digest. The delivery worker calls `tick()` when the platform clock enters a new minute
/// (and tests after moving it): `due()` reads what is owed and not yet recorded, `record(_:)` writes it to
/// the outbox under its dedupe key, so a message is recorded once however often the tick runs.
///
/// Reminders (to each office whose brief for an open cycle is neither submitted nor declared "no brief"):
/// - from 08:00 in the secretariat's zone, 30, 7 and 1 days before the deadline day, and once the day
///   after it; only the latest step due is sent, so after downtime an office gets one reminder, not three;
/// - once per office, cycle, step and deadline (`reminder:<city>:<year>:<step>:<deadline>:<user>`): a moved
///   deadline starts its steps again, except a step the office got less than a week ago;
/// - re-checked when sent (`OutboxService.claimNext`): a brief submitted since, a declaration, a deadline
///   moved since or a recipient who turned reminders off drops the message.
///
/// The digest: to each active staff member and admin who keeps it on, once per ISO week
/// (`digest:<week>:<user>`), from the weekday and hour of `mail_settings`.
struct MailScheduleService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// Reminders go out from this hour of the secretariat's day, not at midnight.
    static let reminderHour = 8
    /// A step sent for an earlier deadline this recently is not repeated for the moved one.
    static let repeatGap = 7 * 86_400

    /// What is due now and not recorded yet (one read).
    func due() throws -> [ScheduledMail] {
        let now = clock.now()
        return try database.read { db in try Self.due(db, at: now) }
    }

    /// Records `mail` in the outbox (one write); a key taken meanwhile is skipped. Returns how many were recorded.
    @discardableResult
    func record(_ mail: [ScheduledMail]) throws -> Int {
        guard !mail.isEmpty else { return 0 }
        let now = clock.timestamp()
        let epoch = clock.epochSeconds()
        return try database.write { db in
            let outbox = OutboxStore(db: db)
            var recorded = 0
            for message in mail {
                let id = try outbox.enqueue(
                    kind: message.kind, userID: message.recipient.id, toAddress: message.recipient.email,
                    toName: message.recipient.name, params: message.params, dedupeKey: message.dedupeKey, now: now, epoch: epoch)
                if id != nil { recorded += 1 }
            }
            return recorded
        }
    }

    /// Looks at the clock once: records what is due. Returns how many messages were recorded.
    @discardableResult
    func tick() throws -> Int { try record(try due()) }

    static func due(_ db: Connection, at now: Date) throws -> [ScheduledMail] {
        let calendar = try ReportingCalendarStore(db: db).calendar()
        let open = calendar.openCycles(try ReportingCycleStore(db: db).all(), at: now)
        let store = MailScheduleStore(db: db)
        return try reminders(db, store, calendar: calendar, open: open, at: now)
            + digests(db, store, calendar: calendar, open: open, at: now)
    }

    private static func reminders(
        _ db: Connection, _ store: MailScheduleStore, calendar: ReportingCalendar, open: [ReportingCycle], at now: Date
    ) throws -> [ScheduledMail] {
        let epoch = Int(now.timeIntervalSince1970)
        let sendingDay = calendar.today(at: now.addingTimeInterval(-Double(reminderHour) * 3600))
        let compliance = ComplianceStore(db: db)
        var due: [ScheduledMail] = []
        for cycle in open {
            guard let daysLeft = cycle.daysLeft(today: sendingDay), let step = ReminderStep.due(daysLeft: daysLeft) else { continue }
            for row in try compliance.rows(cycle: cycle, deadline: calendar.deadlineTimestamp(of: cycle)) where row.timeliness.isOutstanding {
                let stepKey = "reminder:\(row.cityID):\(cycle.year):\(step.rawValue):"
                let key = stepKey + "\(cycle.deadline):"
                if try store.hasKey(prefix: key) || store.hasKey(prefix: stepKey, since: epoch - repeatGap) { continue }
                let params = [
                    "city": row.cityName, "city_id": String(row.cityID), "city_slug": row.citySlug, "year": String(cycle.year),
                    "deadline": cycle.deadline, "days_left": String(max(daysLeft, 0)), "step": step.rawValue,
                    "draft": row.timeliness == .draft ? "1" : "",
                ]
                for recipient in try store.officeRecipients(cityID: row.cityID, topic: .reminders) {
                    due.append(ScheduledMail(kind: .reminder, recipient: recipient, params: params, dedupeKey: key + String(recipient.id)))
                }
            }
        }
        return due
    }

    private static func digests(
        _ db: Connection, _ store: MailScheduleStore, calendar: ReportingCalendar, open: [ReportingCycle], at now: Date
    ) throws -> [ScheduledMail] {
        let settings = try MailChoiceStore(db: db).settings()
        guard let occurrence = DigestSchedule.latestOccurrence(
            weekday: settings.digestWeekday, hour: settings.digestHour, atOrBefore: now, in: calendar.timeZone),
            now.timeIntervalSince(occurrence) < DigestSchedule.catchUp
        else { return [] }
        let week = DigestSchedule.week(of: occurrence, in: calendar.timeZone)
        let recipients = try store.secretariatRecipients(topic: .digest).filter { !(try store.hasKey(prefix: "digest:\(week):\($0.id):")) }
        guard !recipients.isEmpty else { return [] }

        let waiting = try store.waitingBriefs()
        let compliance = ComplianceStore(db: db)
        var overdue: [String] = []
        for cycle in open where calendar.isLate(now, in: cycle) {
            for row in try compliance.rows(cycle: cycle, deadline: calendar.deadlineTimestamp(of: cycle)) where row.timeliness.isOutstanding {
                overdue.append("\(row.cityName) (\(cycle.year), due \(Formatting.date(cycle.deadline)))")
            }
        }
        let stale = try open.first.map { try store.staleCommitmentCount(currentCycle: $0.year) } ?? 0
        let params = [
            "week": week,
            "waiting": waiting.map { "\($0.city) — \($0.year) — “\($0.title)” (submitted \(Formatting.date($0.submittedAt)))" }
                .joined(separator: "\n"),
            "waiting_count": String(waiting.count),
            "overdue": overdue.joined(separator: "\n"),
            "overdue_count": String(overdue.count),
            "stale_count": String(stale),
        ]
        return recipients.map { ScheduledMail(kind: .digest, recipient: $0, params: params, dedupeKey: "digest:\(week):\($0.id):") }
    }
}

/// One message the schedule owes: to whom, with which values, under which dedupe key.
struct ScheduledMail: Sendable, Equatable {
    let kind: MailKind
    let recipient: MailRecipient
    let params: [String: String]
    let dedupeKey: String
}
