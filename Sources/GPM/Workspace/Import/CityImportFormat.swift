/// The columns a city import file may have, as the import page documents them and the template CSV
/// lists them. Only `name` and `country_code` are required; the header names the columns in any order.
/// The platform's own export (`/cities.csv`) is an import file too: its column names for the same facts
/// are read as aliases, and its columns that the registry derives (the country's name, the page's
/// address, the demo flags) are recognised and ignored.
enum CityImportFormat {
    struct Column: Sendable {
        let name: String
        let required: Bool
        /// English, marked with `Catalogued.t`: the import page shows it in its language.
        let meaning: String
        let example: String
        /// Text columns hold what a spreadsheet could take for a formula: the import undoes the export's
        /// neutralisation (`SpreadsheetFormula.restored`) in them, and only in them.
        var isText = true
        /// The stored codes the column takes, which the page writes as code (`<code>member</code>`), each with
        /// its label in the reader's language, after `meaning`; empty for a column of free values.
        var codes: [String] = []
    }

    static let columns: [Column] = [
        Column(name: "name", required: true, meaning: Catalogued.t("The city's name, with its accents."), example: "Göteborg"),
        Column(name: "country_code", required: true, meaning: Catalogued.t("ISO 3166-1 alpha-2 code of a country in the registry."), example: "SE"),
        Column(
            name: "region", required: false,
            meaning: Catalogued.t("UCLG region: its slug (europe) or its name (Europe). Empty: the country's suggested region for a new city, the city's current region for one already in the registry."),
            example: "europe"),
        Column(name: "population", required: false, meaning: Catalogued.t("Whole number, digits only."), example: "604616", isText: false),
        Column(
            name: "latitude", required: false, meaning: Catalogued.t("Decimal degrees, −90 to 90 (with longitude)."), example: "57.70716", isText: false),
        Column(
            name: "longitude", required: false, meaning: Catalogued.t("Decimal degrees, −180 to 180 (with latitude)."), example: "11.96679", isText: false),
        Column(name: "mayor_name", required: false, meaning: Catalogued.t("The mayor's name, if known (the export calls it mayor)."), example: ""),
        Column(name: "mayor_since", required: false, meaning: Catalogued.t("Since when the mayor is in office: YYYY, YYYY-MM or YYYY-MM-DD."), example: ""),
        Column(
            name: "membership", required: false,
            meaning: Catalogued.t("GPM membership, empty for none (the export calls it gpm_membership), else one of these codes:"),
            example: "member", codes: ["member", "observer", "former"]),
        Column(name: "joined_on", required: false, meaning: Catalogued.t("Date of joining, YYYY-MM-DD (needs a membership)."), example: "2024-05-14"),
        Column(name: "website", required: false, meaning: Catalogued.t("The city's website, starting with http:// or https://."), example: "https://goteborg.se"),
        Column(
            name: "slug", required: false,
            meaning: Catalogued.t("The city's address on the platform (the end of its page's URL); made from the name when left out. A slug already in the registry updates that city."),
            example: "goteborg"),
    ]

    /// The export's names for import columns (`/cities.csv` → import).
    static let aliases = ["mayor": "mayor_name", "gpm_membership": "membership"]

    /// Columns `/cities.csv` writes that the registry derives or keeps to itself: read and ignored.
    static let ignoredColumns: [String] = ["country", "membership_is_demo", "is_demo", "url"]

    static var columnNames: Set<String> { Set(columns.map(\.name)) }
    static var requiredColumns: [String] { columns.filter(\.required).map(\.name) }
    static var textColumns: Set<String> { Set(columns.filter(\.isText).map(\.name)) }

    /// The import's name for a header cell: an alias resolved, a known or ignored name as is, nil when unknown.
    static func canonicalName(_ header: String) -> String? {
        let name = header.trimmingCharacters(in: .whitespaces).lowercased()
        if let alias = aliases[name] { return alias }
        return columnNames.contains(name) || ignoredColumns.contains(name) ? name : nil
    }

    /// At most this many cities in one file: an import is reviewed row by row on one page.
    static let maxRows = 2000
    /// At most this many bytes of CSV.
    static let maxBytes = 1 << 20

    /// The template: the header and one example row.
    static var template: CSVDocument {
        var document = CSVDocument(header: columns.map(\.name))
        document.append(columns.map { column in
            column.isText ? .text(column.example) : Int(column.example).map { CSVCell.int($0) } ?? .double(Double(column.example))
        })
        return document
    }
}
