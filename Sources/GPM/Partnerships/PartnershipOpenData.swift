import HTTP

/// The partnerships as open data: members joined into one field per kind in CSV, as arrays of
/// objects in JSON.
enum PartnershipOpenData {
    struct Member: Encodable {
        let kind: PartnershipMember.Kind
        @NullWhenAbsent var slug: String?
        let name: String
        @NullWhenAbsent var role: String?
    }

    /// One partnership in `/partnerships.json` (`DatasetCatalogue.partnershipFields` documents the keys).
    struct Record: Encodable {
        let slug: String
        let title: String
        let type: String
        @NullWhenAbsent var startsOn: String?
        @NullWhenAbsent var endsOn: String?
        @NullWhenAbsent var summary: String?
        let members: [Member]
        let themes: [String]
        @NullWhenAbsent var source: String?
        let isDemo: Bool
        let url: String
    }

    /// `url` is the partnership's page under `baseURL` (empty: a path).
    static func records(_ partnerships: [PartnershipSummary], baseURL: String = "") -> [Record] {
        partnerships.map { partnership in
            Record(
                slug: partnership.slug, title: partnership.title, type: partnership.type, startsOn: partnership.startsOn,
                endsOn: partnership.endsOn, summary: partnership.summary,
                members: partnership.members.map { Member(kind: $0.kind, slug: $0.slug, name: $0.name, role: $0.role) },
                themes: partnership.themes.map(\.slug), source: partnership.source, isDemo: partnership.isDemo,
                url: baseURL + Paths.partnership.href(partnership.slug))
        }
    }

    static func csv(_ partnerships: [PartnershipSummary]) -> Response {
        var document = CSVDocument(header: [
            "slug", "title", "type", "starts_on", "ends_on", "cities", "networks", "organisations", "themes", "summary",
            "source", "is_demo",
        ])
        for record in records(partnerships) {
            func names(_ kind: PartnershipMember.Kind) -> String {
                record.members.filter { $0.kind == kind }.map { $0.slug ?? $0.name }.joined(separator: "; ")
            }
            document.append([
                .text(record.slug), .text(record.title), .text(record.type), .text(record.startsOn), .text(record.endsOn),
                .text(names(.city)), .text(names(.network)), .text(names(.organisation)), .text(record.themes.joined(separator: "; ")),
                .text(record.summary), .text(record.source), .flag(record.isDemo),
            ])
        }
        return OpenDataResponse.csv(document, filename: "partnerships.csv")
    }

    static func json(_ partnerships: [PartnershipSummary], baseURL: String, generated: String) throws -> Response {
        try OpenDataResponse.json(DatasetCatalogue.partnerships, items: records(partnerships, baseURL: baseURL), generated: generated)
    }
}
