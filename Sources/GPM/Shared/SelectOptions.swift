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
