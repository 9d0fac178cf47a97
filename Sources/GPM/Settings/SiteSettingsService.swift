import Foundation
import SQLite

/// The site's settings: read for the layout of every page (cached until `site_settings` or `cities` is
/// written) and changed by an admin on `/admin/settings`, with an audit entry.
struct SiteSettingsService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    private let cache: TableCache<SiteInfo>

    /// The outcome of a change: saved, or refused with the message for the field.
    enum Change: Equatable {
        case saved
        case refused(String)
    }

    init(database: DatabasePool, clock: PlatformClock) {
        self.database = database
        self.clock = clock
        cache = TableCache(database: database)
    }

    /// The layout's help address and demo notice.
    func siteInfo() throws -> SiteInfo {
        try cache.value { db in
            let store = SiteSettingsStore(db: db)
            return SiteInfo(helpEmail: try store.helpEmail(), showsDemoData: try store.showsDemoData())
        }
    }

    /// The current help address, for the settings form.
    func helpEmail() throws -> String {
        try database.read { db in try SiteSettingsStore(db: db).helpEmail() }
    }

    /// Sets the help and contact address (a plausible email address) and records who changed it.
    func setHelpEmail(_ input: String, by admin: User, messages: Messages) throws -> Change {
        let email = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard EmailAddress.isPlausible(email) else {
            return .refused(messages.t("Enter the help address as an email address, like secretariat@example.org."))
        }
        try database.write { db in
            let store = SiteSettingsStore(db: db)
            let before = try store.helpEmail()
            try store.setHelpEmail(email)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: .update, entity: "setting", id: "help_email",
                summary: "Help and contact address set to \(email)", before: ["help_email": .string(before)], after: ["help_email": .string(email)])
        }
        return .saved
    }
}
