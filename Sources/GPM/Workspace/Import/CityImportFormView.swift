/// The upload form of the import pages (`form` in `partials/workspace-import-form`): the CSV pasted or
/// sent last and what is wrong with the upload.
struct CityImportFormView: Encodable {
    let action = Paths.importCitiesPreview.href
    let maxRows = Formatting.number(CityImportFormat.maxRows)
    /// The CSV to show again in the text box (without a byte-order mark).
    let csv: String
    /// Why nothing could be previewed; nil when nothing is wrong.
    let error: String?

    init(csv: String = "", error: String? = nil) {
        self.csv = csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv
        self.error = error
    }
}

/// The documentation of the file's format (`format` in `partials/workspace-import-format`): its columns,
/// an example and the template to download.
struct CityImportFormatView: Encodable {
    struct Column: Encodable {
        /// A code the column takes and its label ("member", "Membre"): the membership column's, labelled as
        /// the registry's select labels them (`CityFacts.membershipLabel`).
        struct Code: Encodable {
            let code: String
            let label: String
            let isLast: Bool
        }

        let name: String
        let required: Bool
        let meaning: String
        let codes: [Code]
    }

    let columns: [Column]
    let example = CityImportFormat.template.text
    let templateHref = Paths.importCitiesTemplate.href
    let exportHref = Paths.citiesCSV.href
    let ignoredColumns = CityImportFormat.ignoredColumns

    init(_ messages: Messages) {
        columns = CityImportFormat.columns.map { column in
            let codes = column.codes.enumerated().map { index, code in
                Column.Code(code: code, label: CityFacts.membershipLabel(code, messages), isLast: index == column.codes.count - 1)
            }
            return Column(name: column.name, required: column.required, meaning: messages.t(catalogued: column.meaning), codes: codes)
        }
    }
}
