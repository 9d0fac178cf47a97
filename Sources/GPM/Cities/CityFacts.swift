import SQLite

/// The facts the directory, the data files and the city page show about a city (everything but
/// its profile and relations).
struct CityFacts: Sendable, Equatable {
    let slug: String
    let name: String
    let countryCode: String
    let countryName: String
    let regionSlug: String
    let regionName: String
    let population: Int?
    let latitude: Double?
    let longitude: Double?
    let mayorName: String?
    let mayorSince: String?
    /// `member`, `observer`, `former`, or nil for cities that are not GPM members.
    let membership: String?
    let joinedOn: String?
    let membershipIsDemo: Bool
    let website: String?
    let isDemo: Bool

    /// The SELECT list `init(row:)` reads; the query must join `countries co` and `regions r`.
    static let columns = """
        c.slug, c.name, c.country_code, co.name AS country_name, r.slug AS region_slug, r.name AS region_name,
        c.population, c.latitude, c.longitude, c.mayor_name, c.mayor_since, c.membership, c.joined_on,
        c.membership_is_demo, c.website, c.is_demo
        """

    /// The FROM clause matching `columns`.
    static let from = "FROM cities c JOIN countries co ON co.code = c.country_code JOIN regions r ON r.id = c.region_id"

    init(row: Row) throws {
        slug = try row.string("slug")
        name = try row.string("name")
        countryCode = try row.string("country_code")
        countryName = try row.string("country_name")
        regionSlug = try row.string("region_slug")
        regionName = try row.string("region_name")
        population = try row.optionalInt("population")
        latitude = try row.optionalDouble("latitude")
        longitude = try row.optionalDouble("longitude")
        mayorName = try row.optionalString("mayor_name")
        mayorSince = try row.optionalString("mayor_since")
        membership = try row.optionalString("membership")
        joinedOn = try row.optionalString("joined_on")
        membershipIsDemo = try row.bool("membership_is_demo")
        website = try row.optionalString("website")
        isDemo = try row.bool("is_demo")
    }

    /// "Member", "Observer", "Former member", "Not a member".
    var membershipLabel: String {
        switch membership {
        case "member": "Member"
        case "observer": "Observer"
        case "former": "Former member"
        default: "Not a member"
        }
    }
}
