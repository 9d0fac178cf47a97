/// The one shape of every open-data JSON file: what the file is (`dataset`, the name its
/// `DatasetCatalogue` entry gives), the shape's `version`, when it was `generated` (ISO 8601, from the
/// platform's clock), how many `items` it holds, the credit its reuse requires, and the items. Keys are
/// snake_case everywhere (`OpenDataResponse.json` encodes them so); `DatasetCatalogue.envelopeFields`
/// documents this object on `/open-data`.
struct OpenDataEnvelope<Item: Encodable>: Encodable {
    let dataset: String
    let version: Int
    let generated: String
    let count: Int
    let attribution: String
    let items: [Item]

    init(_ dataset: DatasetCatalogue.Dataset, items: [Item], generated: String) {
        self.dataset = dataset.name
        version = DatasetCatalogue.version
        self.generated = generated
        count = items.count
        attribution = dataset.attribution
        self.items = items
    }
}

/// An optional field of an open-data record that is written as `null` when absent (synthesized
/// `Encodable` would leave the key out), so every item of a file has the same keys.
@propertyWrapper
struct NullWhenAbsent<Value: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
