import HTTP

/// The compliance page's choices from the query: the cycle's year, timeliness, review state, region
/// (slug) and a text matched in the city's name. An unknown value is ignored (all rows) rather than refused.
struct ComplianceFilter: Sendable, Equatable {
    static let parameters = ["year", "timeliness", "review", "region", "q"]

    var year: Int?
    var timeliness: Timeliness?
    var review: ReviewState?
    var region: String?
    var text: String

    init(year: Int? = nil, timeliness: Timeliness? = nil, review: ReviewState? = nil, region: String? = nil, text: String = "") {
        (self.year, self.timeliness, self.review, self.region, self.text) = (year, timeliness, review, region, text)
    }

    init(_ request: Request) {
        year = request.query["year"].flatMap(Int.init)
        timeliness = request.query["timeliness"].flatMap(Timeliness.init(rawValue:))
        review = request.query["review"].flatMap(ReviewState.init(rawValue:))
        region = request.query["region"].flatMap { $0.isEmpty ? nil : $0 }
        text = (request.query["q"] ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// True when `row` passes every filter.
    func matches(_ row: ComplianceRow) -> Bool {
        if let timeliness, row.timeliness != timeliness { return false }
        if let review, row.review != review { return false }
        if let region, row.regionSlug != region { return false }
        if !text.isEmpty, !row.cityName.localizedCaseInsensitiveContains(text), !row.citySlug.localizedCaseInsensitiveContains(text) {
            return false
        }
        return true
    }

    /// The query as links carry it (the year as shown, so a link keeps naming the same cycle).
    func query(year shown: Int?) -> QueryString {
        QueryString()
            .adding("year", shown.map(String.init))
            .adding("timeliness", timeliness?.rawValue)
            .adding("review", review?.rawValue)
            .adding("region", region)
            .adding("q", text.isEmpty ? nil : text)
    }

    var isFiltered: Bool { timeliness != nil || review != nil || region != nil || !text.isEmpty }
}
