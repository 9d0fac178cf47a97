import HTTP

/// The networks as open data: one row or object per network, with its themes and its member
/// cities in the registry (slugs).
enum NetworkOpenData {
    /// One network in `/networks.json` (`DatasetCatalogue.networkFields` documents the keys).
    struct Record: Encodable {
        let slug: String
        let name: String
        @NullWhenAbsent var acronym: String?
        let kind: String
        @NullWhenAbsent var parent: String?
        @NullWhenAbsent var founded: Int?
        @NullWhenAbsent var seat: String?
        @NullWhenAbsent var membersCount: Int?
        @NullWhenAbsent var membersNote: String?
        @NullWhenAbsent var website: String?
        let themes: [String]
        let cities: [String]
        @NullWhenAbsent var source: String?
        let isDemo: Bool
        let url: String
    }

    /// `url` is the network's page under `baseURL` (empty: a path).
    static func records(_ dataset: NetworkDataset, baseURL: String = "") -> [Record] {
        let cities = dataset.citySlugsByNetwork
        return dataset.networks.map { network in
            Record(
                slug: network.slug, name: network.name, acronym: network.acronym, kind: network.kind,
                parent: network.parent?.slug, founded: network.founded, seat: network.seat,
                membersCount: network.membersCount, membersNote: network.membersNote, website: network.website,
                themes: network.themes.map(\.slug), cities: cities[network.id] ?? [], source: network.source,
                isDemo: network.isDemo, url: baseURL + Paths.network.href(network.slug))
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

    static func json(_ dataset: NetworkDataset, baseURL: String, generated: String) throws -> Response {
        try OpenDataResponse.json(DatasetCatalogue.networks, items: records(dataset, baseURL: baseURL), generated: generated)
    }
}
