import Mustache

/// One choice of a `<select>` as templates read it: `value`, `label`, and `selected` on the one
/// matching the current filter or form value; `lang` and `dir` when the label is content (a theme's name, an
/// action's title) rather than the page's own words, so the `<option>` carries the language it is in.
struct SelectOption: Encodable, Sendable, Equatable {
    let value: String
    let label: String
    var selected: Bool
    var lang: String? = nil
    var dir: String? = nil

    init(value: String, label: String, selected: Bool) {
        self.value = value
        self.label = label
        self.selected = selected
    }

    /// A choice labelled with content, in its language (a translation or the original).
    init(value: String, content: ContentText, selected: Bool) {
        self.init(value: value, label: content.text, selected: selected)
        lang = content.language.tag
        dir = content.language.direction
    }
}

/// Builds the choices of a `<select>` with the current value marked.
enum SelectOptions {
    static func options(_ values: [(value: String, label: String)], selected: String?) -> [SelectOption] {
        values.map { value, label in SelectOption(value: value, label: label, selected: value == selected) }
    }

    /// Choices labelled with content (theme names, action titles), each marked with its language.
    static func options(_ values: [(value: String, content: ContentText)], selected: String?) -> [SelectOption] {
        values.map { value, content in SelectOption(value: value, content: content, selected: value == selected) }
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
