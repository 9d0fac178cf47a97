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
        /// The meaning in pieces, the data values it names (`opted_in`, `twinning`, `null`) apart: the page
        /// writes them as `<code>`, values of the files that stay as they are in every language, not English
        /// left in a French or Spanish sentence.
        let meaningParts: [MeaningPart]
        let example: String

        /// A run of the meaning's text, or one data value it names.
        struct MeaningPart: Encodable, Equatable {
            let text: String
            let isValue: Bool
        }

        /// - Parameter keys: the files' key names, which a meaning may name ("the length of items").
        init(_ field: DatasetCatalogue.Field, messages: Messages, keys: Set<String> = []) {
            name = field.name
            type = Self.typeLabel(field.type, messages)
            meaning = messages.t(catalogued: field.meaning)
            meaningParts = Self.parts(meaning, source: field.meaning, keys: keys)
            example = field.example
        }

        /// Splits a meaning around the data values it names: a word written with an underscore (`opted_in`), and in
        /// a translation a lowercase word kept from the English text where it stands as a value — followed by its
        /// translation in brackets ("draft (projet)") or in a list with a value ("planned, in_progress, achieved ou
        /// paused") — or naming one of the files' keys (`items`). Other words the translation shares with English
        /// ("session", "action") stay text.
        static func parts(_ text: String, source: String, keys: Set<String> = []) -> [MeaningPart] {
            let isTranslation = text != source
            let sourceWords = Set(source.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            // Alternating runs: separators and words, in order.
            var tokens: [(text: String, isWord: Bool)] = []
            for character in text {
                let isWordCharacter = character.isLetter || character.isNumber || character == "_"
                if let last = tokens.last, last.isWord == isWordCharacter {
                    tokens[tokens.count - 1].text.append(character)
                } else {
                    tokens.append((String(character), isWordCharacter))
                }
            }
            let conjunctions: Set<String> = ["ou", "o", "u", "or", "y", "et", "and"]
            func isCandidate(_ word: String) -> Bool {
                isTranslation && word.count > 1 && word == word.lowercased() && sourceWords.contains(word)
            }
            /// The next item of a list ("a, b ou c") from the word at `index` towards `step` (±1), or nil.
            func nextItem(_ index: Int, _ step: Int) -> Int? {
                let separator = index + step
                guard separator >= 0, separator < tokens.count else { return nil }
                if tokens[separator].text == ", " {
                    let item = separator + step
                    return item >= 0 && item < tokens.count ? item : nil
                }
                guard tokens[separator].text == " " else { return nil }
                let conjunction = separator + step, after = separator + 2 * step, item = separator + 3 * step
                guard item >= 0, item < tokens.count, conjunctions.contains(tokens[conjunction].text), tokens[after].text == " " else {
                    return nil
                }
                return item
            }
            func isValue(_ index: Int) -> Bool {
                let word = tokens[index].text
                if word.contains("_") { return true }
                guard isCandidate(word) else { return false }
                if keys.contains(word) { return true }
                if index + 1 < tokens.count, tokens[index + 1].text.hasPrefix(" (") { return true }
                // In a list whose other items are values, one of them a snake_case one.
                for step in [-1, 1] {
                    var item = nextItem(index, step)
                    while let current = item {
                        if tokens[current].text.contains("_") { return true }
                        guard isCandidate(tokens[current].text) else { break }
                        item = nextItem(current, step)
                    }
                }
                return false
            }
            var parts: [MeaningPart] = []
            var run = ""
            for index in tokens.indices {
                if tokens[index].isWord, isValue(index) {
                    if !run.isEmpty { parts.append(MeaningPart(text: run, isValue: false)) }
                    parts.append(MeaningPart(text: tokens[index].text, isValue: true))
                    run = ""
                } else {
                    run += tokens[index].text
                }
            }
            if !run.isEmpty { parts.append(MeaningPart(text: run, isValue: false)) }
            return parts
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
        let keys = Set(envelope.map(\.name))
        self.datasets = datasets.map { dataset in
            Dataset(title: messages.t(catalogued: dataset.title), description: messages.t(catalogued: dataset.description),
                    pageHref: dataset.pageLink(),
                    files: dataset.files.map { File(format: messages.t(catalogued: $0.format), href: $0.path, path: $0.path) },
                    anchor: "fields-" + dataset.name, name: dataset.name,
                    fields: dataset.fields.map { Field($0, messages: messages, keys: keys) })
        }
        envelopeFields = envelope.map { Field($0, messages: messages, keys: keys) }
        self.version = version
    }
}
