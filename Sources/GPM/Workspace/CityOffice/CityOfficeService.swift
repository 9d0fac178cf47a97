import HTTP
import SQLite

/// Finds the city a city-office account speaks for, and reads the office's home page.
struct CityOfficeService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What a workspace page of a city office finds about the signed-in user.
    func resolve(_ user: User) throws -> OfficeCity.Resolution {
        guard let cityID = user.cityID else { return user.role == .cityOffice ? .missingCity : .secretariat }
        guard let city = try database.read({ db in try CityOfficeStore(db: db).city(id: cityID) }) else { return .missingCity }
        return .city(city)
    }

    /// The city of `slug`, for the secretariat's view of a city's workspace page; nil when none has it.
    func city(slug: String) throws -> OfficeCity? {
        try database.read { db in try CityOfficeStore(db: db).city(slug: slug) }
    }

    /// The signed-in user's city, checked against `permission` by the policy; throws 403 when the account has
    /// no city or may not act for it. A request that names another city (`city` in the query or the form)
    /// is refused the same way: the office only ever acts for its own.
    func require(_ permission: (Int) -> Permission, _ signedIn: SignedIn, _ request: Request) throws -> OfficeCity {
        guard case .city(let city) = try resolve(signedIn.user), Policy.can(signedIn.user, permission(city.id)) else {
            throw HTTPError(.forbidden, "Commitments are kept by the city's own office.")
        }
        let named = [request.query["city"], request.method == .post ? try request.formFields()["city"] : nil].compactMap { $0 }
        for other in named where other != city.slug && other != String(city.id) {
            throw HTTPError(.forbidden, "A city office acts only for its own city.")
        }
        return city
    }

    /// The office's home: each open cycle with the status of the city's brief and its compliance row
    /// (`ComplianceStore`, the compliance page's own query), and the commitments summary.
    func home(city: OfficeCity) throws -> CityOfficeHome {
        let now = clock.now()
        return try database.read { db in
            let store = CityOfficeStore(db: db)
            let calendar = try ReportingCalendarStore(db: db).calendar()
            let compliance = ComplianceStore(db: db)
            let cycles = try calendar.openCycles(try ReportingCycleStore(db: db).all(), at: now).map { cycle in
                CityOfficeHome.OpenCycle(
                    cycle: cycle, briefStatus: try store.briefStatus(city: city.id, year: cycle.year),
                    compliance: try compliance.rows(cycle: cycle, deadline: calendar.deadlineTimestamp(of: cycle), cityID: city.id).first)
            }
            return CityOfficeHome(cycles: cycles, summary: try store.summary(city: city.id), today: calendar.today(at: now))
        }
    }
}
