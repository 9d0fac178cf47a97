import Mustache

/// One choice of a `<select>` as templates read it: `value`, `label`, and `selected` on the one
/// matching the current filter or form value.
struct SelectOption: Encodable, Sendable, Equatable {
    let value: String
    let label: String
    var selected: Bool
}

/// Builds the choices of a `<select>` with the current value marked.
enum SelectOptions {
    static func options(_ values: [(value: String, label: String)], selected: String?) -> [SelectOption] {
        values.map { value, label in SelectOption(value: value, label: label, selected: value == selected) }
    }
}

/// A long select box as a page hands it to its template: its entries, the context of each built once when
/// the choices were cached, and which one is selected. Encoding it copies the prepared contexts and marks
/// one, instead of building a few hundred contexts per request.
struct SelectOptionList: Encodable, Sendable {
    let entries: [SelectOption]
    let encoded: [MustacheValue]
    let selected: Int?

    /// The entries with the selected one marked, as `Encodable` sees them.
    var options: [SelectOption] {
        var options = entries
        if let selected, options.indices.contains(selected) { options[selected].selected = true }
        return options
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(options)
    }
}

extension SelectOptionList: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        guard let selected, encoded.indices.contains(selected) else { return .array(encoded) }
        var items = encoded
        items[selected] = options[selected].mustacheValue
        return .array(items)
    }
}
