/// What `partials/form-field` (and the `form-text`, `form-textarea`, `form-select`, `form-checkboxes`,
/// `form-checkbox` partials it picks from) renders for one `FormField`: every name those partials use is
/// always present, so a control that has no hint, message or input mode says so with nil.
struct FormFieldView: Encodable, Sendable {
    /// One option of a select or checkbox group; `id` only for a checkbox of a group (nil in a select).
    struct Option: Encodable, Sendable {
        let value: String
        let label: String
        let selected: Bool
        let id: String?
        /// The label's language when it is content (`FormField.Option.lang`).
        let lang: String?
        let dir: String?
    }

    let id: String
    let name: String
    let label: String
    /// The input kept (or stored) for the field; for a checkbox group see `options`.
    let value: String
    let required: Bool
    let hint: String?
    /// The language of the text the control holds, when known (`lang` on the control).
    let lang: String?
    /// What the empty control shows (a text control's `placeholder`), nil for none.
    let placeholder: String?
    let error: String?
    let hasError: Bool
    /// The ids of the hint and the message, for `aria-describedby`; nil when the field has neither.
    let describedBy: String?

    // Which partial renders the control, and what that partial needs.
    let isText: Bool
    let isTextarea: Bool
    let isSelect: Bool
    let isCheckboxes: Bool
    let isCheckbox: Bool
    /// `<input type>` of a text control.
    let inputType: String?
    let inputMode: String?
    /// Rows of a textarea.
    let rows: Int?
    /// Choices of a select or checkbox group; empty for other controls.
    let options: [Option]
    /// A single checkbox's state.
    let checked: Bool

    init(_ field: FormField, input: FormInput, error: String?) {
        id = field.id
        name = field.name
        label = field.label
        value = input[field.name]
        required = field.required
        hint = field.hint
        lang = field.lang
        placeholder = field.placeholder
        self.error = error
        hasError = error != nil
        let describing = [field.hint.map { _ in field.id + "-hint" }, error.map { _ in field.id + "-error" }].compactMap { $0 }
        describedBy = describing.isEmpty ? nil : describing.joined(separator: " ")

        var isText = false, isTextarea = false, isSelect = false, isCheckboxes = false, isCheckbox = false
        var inputType: String?, inputMode: String?, rows: Int?
        var options: [Option] = []
        var checked = false
        switch field.control {
        case .text(let type, let mode):
            isText = true
            inputType = type
            inputMode = mode
        case .textarea(let count):
            isTextarea = true
            rows = count
        case .select(let choices):
            isSelect = true
            options = Self.options(choices, chosen: [input[field.name]], idPrefix: nil)
        case .checkboxes(let choices):
            isCheckboxes = true
            options = Self.options(choices, chosen: input.all(field.name), idPrefix: field.id)
        case .checkbox:
            isCheckbox = true
            checked = !input[field.name].isEmpty && input[field.name] != "0"
        }
        (self.isText, self.isTextarea, self.isSelect, self.isCheckboxes, self.isCheckbox) = (isText, isTextarea, isSelect, isCheckboxes, isCheckbox)
        (self.inputType, self.inputMode, self.rows) = (inputType, inputMode, rows)
        self.options = options
        self.checked = checked
    }

    private static func options(_ choices: [FormField.Option], chosen: [String], idPrefix: String?) -> [Option] {
        choices.enumerated().map { index, option in
            Option(
                value: option.value, label: option.label, selected: chosen.contains(option.value), id: idPrefix.map { "\($0)-\(index)" },
                lang: option.lang, dir: option.dir)
        }
    }
}
