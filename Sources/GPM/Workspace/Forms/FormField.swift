/// How one form control looks: what the `partials/form-*` templates need to render a label, the
/// value kept from the input, the message beside the field, `aria-describedby` and `aria-invalid`.
///
/// ```swift
/// let population = FormField("population", label: "Population", control: .text(inputType: "text", inputMode: "numeric"))
/// let fields = [population.view(input, errors: check.errors)]   // {{#fields}}{{> partials/form-field}}{{/fields}}
/// ```
public struct FormField: Sendable {
    /// One option of a select or checkbox group.
    public struct Option: Sendable, Equatable {
        public let value: String
        public let label: String
        /// The label's language and direction when it is content (a theme's name, translated or the English
        /// original): `lang` on the option or the checkbox's label. nil: the page's own words, or a name.
        public let lang: String?
        public let dir: String?
        public init(_ value: String, _ label: String, lang: String? = nil, dir: String? = nil) {
            self.value = value
            self.label = label
            self.lang = lang
            self.dir = dir
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
    /// The BCP 47 tag of the text the control holds when it is known in advance (a French translation):
    /// nil lets the browser work it out (`dir="auto"`).
    public var lang: String?
    /// What an empty text control shows (`placeholder`): the value that applies when it is left empty.
    public var placeholder: String?

    public init(
        _ name: String, label: String, control: Control = .text(), required: Bool = false, hint: String? = nil, lang: String? = nil
    ) {
        self.name = name
        self.label = label
        self.control = control
        self.required = required
        self.hint = hint
        self.lang = lang
    }

    /// The control's HTML id (also the prefix of its error and hint ids).
    public var id: String { "field-" + name.replacingOccurrences(of: "_", with: "-") }

    /// The control as `partials/form-field` renders it, with the kept input and this field's message.
    func view(_ input: FormInput, errors: [String: String]) -> FormFieldView {
        FormFieldView(self, input: input, error: errors[name])
    }
}
