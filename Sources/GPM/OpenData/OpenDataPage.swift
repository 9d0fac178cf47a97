/// The view model of `/open-data`: every dataset of the platform with its downloads, the envelope every
/// JSON file shares and each dataset's keys, all from `DatasetCatalogue`.
struct OpenDataPage: Encodable {
    /// A dataset: where to browse it, its files and the keys of its JSON items.
    struct Dataset: Encodable {
        let title: String
        let description: String
        let pageHref: String
        let files: [File]
        /// `fields-cities`: the anchor of its fields' table.
        let anchor: String
        /// The `dataset` its JSON file names.
        let name: String
        let fields: [Field]
    }

    /// A download: its format, link and path as shown.
    struct File: Encodable {
        let format: String
        let href: String
        let path: String
    }

    /// One documented key.
    struct Field: Encodable {
        let name: String
        let type: String
        let meaning: String
        let example: String

        init(_ field: DatasetCatalogue.Field) {
            name = field.name
            type = field.type.rawValue
            meaning = field.meaning
            example = field.example
        }
    }

    let datasets: [Dataset]
    let envelopeFields: [Field]
    let version: Int

    init(_ datasets: [DatasetCatalogue.Dataset], envelope: [DatasetCatalogue.Field], version: Int) {
        self.datasets = datasets.map { dataset in
            Dataset(title: dataset.title, description: dataset.description, pageHref: dataset.pagePath,
                    files: dataset.files.map { File(format: $0.format, href: $0.path, path: $0.path) },
                    anchor: "fields-" + dataset.name, name: dataset.name, fields: dataset.fields.map(Field.init))
        }
        envelopeFields = envelope.map(Field.init)
        self.version = version
    }
}
