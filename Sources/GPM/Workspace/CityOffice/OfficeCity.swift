import HTTP
import SQLite

/// The city a city office speaks for. It always comes from the signed-in user, never from a form or a URL.
struct OfficeCity: Sendable {
    let id: Int
    let name: String
    let slug: String

    /// What a workspace page of a city office finds about the signed-in user.
    enum Resolution {
        case city(OfficeCity)
        /// Secretariat accounts have no city: their workspace is elsewhere.
        case secretariat
        /// A city-office account that lost its city (the city was deleted): nothing to show.
        case missingCity
    }

    static func resolve(_ user: User, _ database: DatabasePool) throws -> Resolution {
        guard let cityID = user.cityID else { return user.role == .cityOffice ? .missingCity : .secretariat }
        guard let city = try database.read({ db in try CityOfficeRepository.city(db, id: cityID) }) else { return .missingCity }
        return .city(city)
    }

    /// The signed-in user's city, checked against `permission` by the policy; throws 403 when the account has
    /// no city or may not act for it. A request that names another city (`city` in the query or the form)
    /// is refused the same way: the office only ever acts for its own.
    static func require(
        _ permission: (Int) -> Permission, _ signedIn: SignedIn, _ request: Request, _ database: DatabasePool
    ) throws -> OfficeCity {
        guard case .city(let city) = try resolve(signedIn.user, database), Policy.can(signedIn.user, permission(city.id)) else {
            throw HTTPError(.forbidden, "Commitments are kept by the city's own office.")
        }
        let named = [request.query["city"], request.method == .post ? try request.formFields()["city"] : nil].compactMap { $0 }
        for other in named where other != city.slug && other != String(city.id) {
            throw HTTPError(.forbidden, "A city office acts only for its own city.")
        }
        return city
    }

    /// The page shown to a city-office account without a city.
    static func missingCityPage(_ app: AppContext, _ signedIn: SignedIn, path: String) throws -> Response {
        try app.pages.page(
            "pages/workspace/city/missing", path: path, ["workspaceNav": ["home": true]], user: signedIn)
    }
}
