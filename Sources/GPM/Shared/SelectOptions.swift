import Mustache

/// The choices of a `<select>` as templates read them: `value`, `label`, and `selected` on the one
/// matching the current filter or form value.
enum SelectOptions {
    static func list(_ values: [(value: String, label: String)], selected: String?) -> [MustacheValue] {
        values.map { value, label in ["value": .string(value), "label": .string(label), "selected": .bool(value == selected)] }
    }
}
