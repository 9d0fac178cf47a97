import HTTP
import SQLite

/// Countries in the registry: the list with their names and suggested regions, and the edit of what
/// staff may change (the display names that override the CLDR name in English, French and Spanish, the
/// suggested UCLG region), checked against the version the form was loaded with and written with its
/// audit entry in one transaction.
/// Countries are reference data: none is added or deleted here.
struct CountryService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What a save came to.
    enum SaveOutcome {
        case saved
        case invalid(CountryEditData, Validation)
        /// The stored version moved on: the country as it is now, and who saved it.
        case conflict(CountryEditData, by: String?)
    }

    /// Every country, by code.
    func list() throws -> [CountryRecord] {
        try database.read { db in try CountryStore(db: db).records() }
    }

    /// The edit page's data, or nil when there is no country `code`.
    func edit(code: String) throws -> CountryEditData? {
        try database.read { db in try Self.editData(db, code: code) }
    }

    /// Saves the overrides (English, French, Spanish) and the suggested region from `input` (`version`: the
    /// one the form was loaded with).
    func save(code: String, _ input: FormInput, user: User, messages: Messages) throws -> SaveOutcome {
        let now = clock.timestamp()
        return try database.write { db in
            let store = CountryStore(db: db)
            guard let data = try Self.editData(db, code: code), let before = try store.snapshot(code: code) else {
                throw HTTPError(.notFound)
            }
            let parsed = CountryForm.parse(input, regions: data.regions, messages: messages)
            guard parsed.check.isValid, let version = parsed.version else { return .invalid(data, parsed.check) }
            guard try store.update(
                code: code, version: version, displayName: parsed.displayName, displayNameFr: parsed.displayNameFr,
                displayNameEs: parsed.displayNameEs, suggestedRegionID: parsed.suggestedRegionID, now: now)
            else {
                return .conflict(data, by: try store.lastEditor(code: code))
            }
            let after = try store.snapshot(code: code)
            let shown = try store.record(code: code)?.name.shown(in: "en") ?? code
            try AuditStore(db: db).record(
                at: now, user: user, action: .update, entity: "country", id: code,
                summary: "Updated country \(shown) (\(code))", before: before, after: after)
            return .saved
        }
    }

    private static func editData(_ db: Connection, code: String) throws -> CountryEditData? {
        guard let country = try CountryStore(db: db).record(code: code) else { return nil }
        return CountryEditData(
            country: country, regions: try RegistryCatalogueStore(db: db).options(.regions),
            history: try AuditStore(db: db).history(entity: "country", id: code))
    }
}
