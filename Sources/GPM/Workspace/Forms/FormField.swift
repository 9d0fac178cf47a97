import Mustache

/// How one form control looks: what the `partials/form-*` templates need to render a label, the
/// value kept from the input, the message beside the field, `aria-describedby` and `aria-invalid`.
///
/// ```swift
/// let population = FormField("population", label: "Population", control: .text(inputType: "text", inputMode: "numeric"))
/// context["fields"] = .array([population.context(input, errors: check.errors)])   // {{#fields}}{{> partials/form-field}}{{/fields}}
/// ```
public struct FormField: Sendable {
    /// One option of a select or checkbox group.
    public struct Option: Sendable, Equatable {
        public let value: String
        public let label: String
        public init(_ value: String, _ label: String) {
            self.value = value
            self.label = label
        }
    }

    public enum Control: Sendable {
        /// `<input>`; `inputType` "text", "url", "date", "number"…; `inputMode` a hint for phone keyboards.
        case text(inputType: String = "text", inputMode: String? = nil)
        case textarea(rows: Int)
        /// `<select>` with a leading empty option unless the field is required.
        case select([Option])
        /// A group of checkboxes (`<fieldset>`), each sending the field's name.
        case checkboxes([Option])
        case checkbox
    }

    public let name: String
    public let label: String
    public let control: Control
    public let required: Bool
    public let hint: String?

    public init(_ name: String, label: String, control: Control = .text(), required: Bool = false, hint: String? = nil) {
        self.name = name
        self.label = label
        self.control = control
        self.required = required
        self.hint = hint
    }

    /// The control's HTML id (also the prefix of its error and hint ids).
    public var id: String { "field-" + name.replacingOccurrences(of: "_", with: "-") }

    public func context(_ input: FormInput, errors: [String: String]) -> MustacheValue {
        let error = errors[name]
        var describedBy: [String] = []
        if hint != nil { describedBy.append(id + "-hint") }
        if error != nil { describedBy.append(id + "-error") }
        var context: [String: MustacheValue] = [
            "id": .string(id), "name": .string(name), "label": .string(label), "value": .string(input[name]),
            "required": .bool(required), "hasError": .bool(error != nil),
            "describedBy": describedBy.isEmpty ? .null : .string(describedBy.joined(separator: " ")),
        ]
        if let error { context["error"] = .string(error) }
        if let hint { context["hint"] = .string(hint) }
        switch control {
        case .text(let inputType, let inputMode):
            context["isText"] = true
            context["inputType"] = .string(inputType)
            if let inputMode { context["inputMode"] = .string(inputMode) }
        case .textarea(let rows):
            context["isTextarea"] = true
            context["rows"] = .int(rows)
        case .select(let options):
            context["isSelect"] = true
            context["options"] = Self.options(options, chosen: [input[name]])
        case .checkboxes(let options):
            context["isCheckboxes"] = true
            context["options"] = Self.options(options, chosen: input.all(name), idPrefix: id)
        case .checkbox:
            context["isCheckbox"] = true
            context["checked"] = .bool(!input[name].isEmpty && input[name] != "0")
        }
        return .dictionary(context)
    }

    static func options(_ options: [Option], chosen: [String], idPrefix: String? = nil) -> MustacheValue {
        .array(
            options.enumerated().map { index, option in
                var item: [String: MustacheValue] = [
                    "value": .string(option.value), "label": .string(option.label), "selected": .bool(chosen.contains(option.value)),
                ]
                if let idPrefix { item["id"] = .string("\(idPrefix)-\(index)") }
                return .dictionary(item)
            })
    }
}

/// The error summary at the top of a form (`partials/form-errors`): every message, linked to its field.
public enum FormErrorSummary {
    public static func context(_ check: Validation, fields: [FormField]) -> MustacheValue {
        guard !check.isValid else { return ["show": false] }
        let ids = Dictionary(fields.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        let items: [MustacheValue] = check.order.compactMap { name in
            guard let message = check.errors[name] else { return nil }
            return ["href": .string("#" + (ids[name] ?? "field-" + name)), "message": .string(message)]
        }
        return ["show": true, "count": .int(items.count), "items": .array(items)]
    }
}
