import HTTP

/// The city a city office speaks for. It always comes from the signed-in user, never from a form or a URL.
struct OfficeCity: Sendable {
    let id: Int
    let name: String
    let slug: String

    /// What a workspace page of a city office finds about the signed-in user (`CityOfficeService.resolve`).
    enum Resolution {
        case city(OfficeCity)
        /// Secretariat accounts have no city: their workspace is elsewhere.
        case secretariat
        /// A city-office account that lost its city (the city was deleted): nothing to show.
        case missingCity
    }

    /// The page shown to a city-office account without a city.
    static func missingCityPage(_ app: AppContext, _ signedIn: SignedIn, path: String) throws -> Response {
        try app.pages.page(
            "pages/workspace/city/missing", path: path, MissingCityPage(), user: signedIn)
    }
}
