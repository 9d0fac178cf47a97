import HTTP

/// What a person typed into a form, as strings, so a form re-rendered after an error (422) or a
/// conflict (409) shows exactly their input. Multi-selects keep every value.
public struct FormInput: Sendable {
    private var values: [String: [String]] = [:]

    public init() {}

    /// A submitted body (`request.formFields()`); `_csrf` is not kept.
    public init(_ fields: FormFields) {
        for field in fields where field.name != "_csrf" { values[field.name, default: []].append(field.value) }
    }

    /// Initial values of an edit form, e.g. from a stored row.
    public init(_ pairs: [String: String]) {
        for (name, value) in pairs { values[name] = [value] }
    }

    /// The first value for `name`, or "" when the field was not sent.
    public subscript(name: String) -> String {
        get { values[name]?.first ?? "" }
        set { values[name] = [newValue] }
    }

    /// Every value for `name` (checkbox groups, multi-selects).
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public mutating func set(_ name: String, all list: [String]) { values[name] = list }

    /// The value with surrounding whitespace removed; nil when that leaves nothing.
    public func trimmed(_ name: String) -> String? {
        let text = self[name].trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
