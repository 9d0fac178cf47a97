import HTTP

/// The networks as open data: one row or object per network, with its themes and its member
/// cities in the registry (slugs).
enum NetworkOpenData {
    /// One network in `/networks.json`; field names are stable for clients.
    struct Record: Encodable {
        let slug: String
        let name: String
        let acronym: String?
        let kind: String
        let parent: String?
        let founded: Int?
        let seat: String?
        let membersCount: Int?
        let membersNote: String?
        let website: String?
        let themes: [String]
        let cities: [String]
        let source: String?
        let isDemo: Bool
        let url: String
    }

    static func records(_ dataset: NetworkDataset) -> [Record] {
        let cities = dataset.citySlugsByNetwork
        return dataset.networks.map { network in
            Record(
                slug: network.slug, name: network.name, acronym: network.acronym, kind: network.kind,
                parent: network.parent?.slug, founded: network.founded, seat: network.seat,
                membersCount: network.membersCount, membersNote: network.membersNote, website: network.website,
                themes: network.themes.map(\.slug), cities: cities[network.id] ?? [], source: network.source,
                isDemo: network.isDemo, url: Paths.network.href(network.slug))
        }
    }

    static func csv(_ dataset: NetworkDataset) -> Response {
        var document = CSVDocument(header: [
            "slug", "name", "acronym", "kind", "parent", "founded", "seat", "members_count", "members_note",
            "website", "themes", "cities", "source", "is_demo",
        ])
        for record in records(dataset) {
            document.append([
                .text(record.slug), .text(record.name), .text(record.acronym), .text(record.kind), .text(record.parent),
                .int(record.founded), .text(record.seat), .int(record.membersCount), .text(record.membersNote), .text(record.website),
                .text(record.themes.joined(separator: "; ")), .text(record.cities.joined(separator: "; ")), .text(record.source),
                .flag(record.isDemo),
            ])
        }
        return OpenDataResponse.csv(document, filename: "networks.csv")
    }

    static func json(_ dataset: NetworkDataset) throws -> Response {
        try OpenDataResponse.json(records(dataset))
    }
}
