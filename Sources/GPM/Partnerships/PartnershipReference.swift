import SQLite

/// A partnership as another page lists it (a city's or a network's): enough to link to it, say what
/// kind it is and when it ran, and the role the member plays in it.
struct PartnershipReference: Sendable {
    let slug: String
    let title: String
    let type: String
    let startsOn: String?
    let endsOn: String?
    let role: String?
    let isDemo: Bool

    /// Reads the columns `slug, title, type, starts_on, ends_on, role, is_demo`.
    init(row: Row) throws {
        slug = try row.string("slug")
        title = try row.string("title")
        type = try row.string("type")
        startsOn = try row.optionalString("starts_on")
        endsOn = try row.optionalString("ends_on")
        role = try row.optionalString("role")
        isDemo = try row.bool("is_demo")
    }
}
