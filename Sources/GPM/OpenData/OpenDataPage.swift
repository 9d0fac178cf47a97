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

        init(_ field: DatasetCatalogue.Field, messages: Messages) {
            name = field.name
            type = Self.typeLabel(field.type, messages)
            meaning = messages.t(catalogued: field.meaning)
            example = field.example
        }

        /// The JSON type in words, in the page's language.
        static func typeLabel(_ kind: DatasetCatalogue.Field.Kind, _ messages: Messages) -> String {
            switch kind {
            case .string: messages.t("string", context: "JSON type")
            case .optionalString: messages.t("string or null", context: "JSON type")
            case .integer: messages.t("integer", context: "JSON type")
            case .optionalInteger: messages.t("integer or null", context: "JSON type")
            case .optionalNumber: messages.t("number or null", context: "JSON type")
            case .boolean: messages.t("boolean", context: "JSON type")
            case .strings: messages.t("array of strings", context: "JSON type")
            case .integers: messages.t("array of integers", context: "JSON type")
            case .object: messages.t("object", context: "JSON type")
            case .optionalObject: messages.t("object or null", context: "JSON type")
            case .objects: messages.t("array of objects", context: "JSON type")
            }
        }
    }

    let datasets: [Dataset]
    let envelopeFields: [Field]
    let version: Int

    /// - Parameter messages: the page's language (titles, descriptions, types and meanings are catalogued).
    init(_ datasets: [DatasetCatalogue.Dataset], envelope: [DatasetCatalogue.Field], version: Int, messages: Messages) {
        self.datasets = datasets.map { dataset in
            Dataset(title: messages.t(catalogued: dataset.title), description: messages.t(catalogued: dataset.description),
                    pageHref: dataset.pagePath,
                    files: dataset.files.map { File(format: messages.t(catalogued: $0.format), href: $0.path, path: $0.path) },
                    anchor: "fields-" + dataset.name, name: dataset.name,
                    fields: dataset.fields.map { Field($0, messages: messages) })
        }
        envelopeFields = envelope.map { Field($0, messages: messages) }
        self.version = version
    }
}
