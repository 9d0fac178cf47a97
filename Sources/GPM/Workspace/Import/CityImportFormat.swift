/// The columns a city import file may have, as the import page documents them and the template CSV
/// lists them. Only `name`, `country_code` and `region` are required; the header names the columns
/// in any order.
enum CityImportFormat {
    struct Column: Sendable {
        let name: String
        let required: Bool
        let meaning: String
        let example: String
    }

    static let columns: [Column] = [
        Column(name: "name", required: true, meaning: "The city's name, with its accents.", example: "Göteborg"),
        Column(name: "country_code", required: true, meaning: "ISO 3166-1 alpha-2 code of a country in the registry.", example: "SE"),
        Column(
            name: "region", required: true, meaning: "UCLG region: its slug (europe) or its name (Europe).", example: "europe"),
        Column(name: "population", required: false, meaning: "Whole number, digits only.", example: "604616"),
        Column(name: "latitude", required: false, meaning: "Decimal degrees, −90 to 90 (with longitude).", example: "57.70716"),
        Column(name: "longitude", required: false, meaning: "Decimal degrees, −180 to 180 (with latitude).", example: "11.96679"),
        Column(name: "mayor_name", required: false, meaning: "The mayor's name, if known.", example: ""),
        Column(
            name: "membership", required: false, meaning: "GPM membership: member, observer or former; empty for none.", example: "member"),
        Column(name: "joined_on", required: false, meaning: "Date of joining, YYYY-MM-DD (needs a membership).", example: "2024-05-14"),
        Column(name: "website", required: false, meaning: "The city's website, starting with http:// or https://.", example: "https://goteborg.se"),
        Column(
            name: "slug", required: false,
            meaning: "The city's address on the platform (/cities/slug); made from the name when left out.", example: "goteborg"),
    ]

    static var columnNames: Set<String> { Set(columns.map(\.name)) }
    static var requiredColumns: [String] { columns.filter(\.required).map(\.name) }

    /// At most this many cities in one file: an import is reviewed row by row on one page.
    static let maxRows = 2000
    /// At most this many bytes of CSV.
    static let maxBytes = 1 << 20

    /// The template: the header and one example row.
    static var template: CSVDocument {
        var document = CSVDocument(header: columns.map(\.name))
        document.append(columns.map(\.example))
        return document
    }
}
