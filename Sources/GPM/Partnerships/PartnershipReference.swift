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
}
