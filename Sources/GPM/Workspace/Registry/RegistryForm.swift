import Foundation
import SQLite

/// Turns a submitted `FormInput` into the values of one registry record (and its links), checking
/// every field, and turns a stored record back into the input of its edit form.
struct RegistryForm {
    let entity: RegistryEntity
    /// Options of every select and checkbox group, read from the database (`RegistryStore.form`).
    let options: [String: [FormField.Option]]
    /// The secretariat's translations into each language a page may ask for (themes' names in the choices);
    /// empty when the form offers no content to translate.
    var translations: [Language: ContentTranslations] = [:]

    /// What the form parsed: values by column (in field order), link ids by link name.
    struct Parsed {
        var check: Validation
        var values: [(String, SQLValue)] = []
        var links: [String: [Int]] = [:]
        /// The translations typed in, by column and language (nil: left empty, so removed), and whether the
        /// person confirmed that an out-of-date one still matches the original (`RegistryForm.confirmationName`).
        var translations: [(column: String, language: Language, text: String?, confirmed: Bool)] = []

        func value(_ column: String) -> SQLValue { values.first { $0.0 == column }?.1 ?? .null }
    }

    func parse(_ input: FormInput, id: Int?, messages: Messages = Localization.englishOnly.messages(.en)) -> Parsed {
        var parsed = Parsed(check: Validation(input, messages: messages))
        for field in entity.fields {
            parsed.values.append((field.column, value(of: field, &parsed.check)))
        }
        for link in entity.links {
            let allowed = Set((options[link.name] ?? []).compactMap { Int($0.value) })
            parsed.links[link.name] = parsed.check.ids(link.name, label: link.label(messages), allowed: allowed)
        }
        for field in entity.translatableFields {
            for language in RegistryEntity.translationLanguages {
                let name = RegistryEntity.translationName(field.column, language)
                let label = Self.translationLabel(field, language, messages)
                let text: String? = switch field.kind {
                case .longText: parsed.check.optionalText(name, label: label, max: 50_000).map(Self.normalisedParagraphs)
                case .text(let max): parsed.check.optionalText(name, label: label, max: max)
                default: nil
                }
                parsed.translations.append((field.column, language, text, parsed.check.flag(Self.confirmationName(name))))
            }
        }
        var byColumn: [String: SQLValue] = [:]
        for (column, value) in parsed.values { byColumn[column] = value }
        entity.rules(&parsed.check, byColumn, id)
        return parsed
    }

    private func value(of field: RegistryField, _ check: inout Validation) -> SQLValue {
        let name = field.column, label = field.label(check.messages)
        func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
        func integer(_ value: Int?) -> SQLValue { value.map { .integer(Int64($0)) } ?? .null }
        switch field.kind {
        case .text(let max):
            return text(field.required ? check.requiredText(name, label: label, max: max) : check.optionalText(name, label: label, max: max))
        case .longText:
            let limit = 50_000
            let value = field.required ? check.requiredText(name, label: label, max: limit) : check.optionalText(name, label: label, max: limit)
            return text(value.map(Self.normalisedParagraphs))
        case .integer(let range):
            return integer(field.required ? check.requiredInt(name, label: label, in: range) : check.optionalInt(name, label: label, in: range))
        case .decimal(let range):
            return check.optionalDecimal(name, label: label, in: range).map { .real($0) } ?? .null
        case .date:
            return text(check.date(name, label: label, required: field.required))
        case .partialDate:
            return text(check.date(name, label: label, required: field.required, partial: true))
        case .url:
            return text(check.url(name, label: label))
        case .slug(let source):
            return text(check.slug(name, label: label, derivedFrom: check.input.trimmed(source)))
        case .choice, .reference:
            let list = (options[name] ?? []).map(\.value)
            guard let chosen = check.choice(name, label: label, options: list, required: field.required) else { return .null }
            if case .reference(_, false) = field.kind, let id = Int64(chosen) { return .integer(id) }
            return .text(chosen)
        case .flag:
            return .integer(check.flag(name) ? 1 : 0)
        case .languageTag:
            guard let typed = check.optionalText(name, label: label, max: 35) else { return .text("en") }
            guard let tag = ContentLanguage(validating: typed) else {
                check.fail(name, check.messages.t("Enter the language as a tag such as en, fr, es-419 or ar (BCP 47)."))
                return .null
            }
            return .text(tag.tag)
        }
    }

    /// Windows line endings from a textarea become "\n", so paragraphs split on "\n\n" as stored text expects.
    static func normalisedParagraphs(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A translation's label: the field's and the language's own name ("Summary (Français)"), so it reads
    /// in any workspace language.
    static func translationLabel(_ field: RegistryField, _ language: Language, _ messages: Messages) -> String {
        messages.t("{field} ({language})", ["field": field.label(messages), "language": language.endonym])
    }

    /// The checkbox beside an out-of-date translation (`summary__fr__current`): ticked, the translation is
    /// recorded as matching the original as it now stands.
    static func confirmationName(_ translationName: String) -> String { translationName + "__current" }

    /// The edit form's initial input: the stored row, its links and its translations.
    static func input(row: Row, links: [String: [Int]], translations: [String: [Language: String]] = [:]) -> FormInput {
        var pairs: [String: String] = [:]
        for (column, value) in zip(row.columns, row.values) { pairs[column] = display(value) }
        for (column, texts) in translations {
            for (language, text) in texts { pairs[RegistryEntity.translationName(column, language)] = text }
        }
        var input = FormInput(pairs)
        for (name, ids) in links { input.set(name, all: ids.map(String.init)) }
        return input
    }

    static func display(_ value: SQLValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : String(number)
        case .text(let text): text
        case .blob(let data): "(\(data.count) bytes)"
        }
    }

    /// The options of a select or checkbox group, labelled in the page's language where the catalogue
    /// owns the words (fixed choices); the registry's own rows keep their names.
    func options(_ name: String, _ messages: Messages) -> [FormField.Option] {
        if let choice = entity.field(name)?.choice { return choice.options(messages) }
        let stored = options[name] ?? []
        // The UCLG regions and the SDGs are the platform's own names, stored in English: shown in the page's language.
        let list: RegistryOptionList? = if case .reference(let list, _) = entity.field(name)?.kind {
            list
        } else {
            entity.links.first { $0.name == name }?.options
        }
        switch list {
        case .regions?:
            return stored.map { FormField.Option($0.value, UCLGRegions.name($0.label, messages)) }
        case .themes?:
            // A theme's name is content: its translation into the page's language where there is one, else the
            // English original, each marked with its language.
            let translations = translations[messages.language] ?? .originals
            return stored.map { option in
                guard let id = Int(option.value) else { return option }
                let name = ContentTextView(translations.text(.theme, id, "name", original: option.label))
                return FormField.Option(option.value, name.text, lang: name.lang, dir: name.dir)
            }
        case .sdgs?:
            return stored.map { option in
                guard let number = Int(option.value) else { return option }
                let english = option.label.drop { $0 != " " }.dropFirst()
                let name = SustainableDevelopmentGoals.name(number, stored: String(english), messages)
                return FormField.Option(option.value, messages.t("{number}. {name}", context: "SDG", ["number": option.value, "name": name]))
            }
        default:
            return stored
        }
    }

    /// The form's controls, labelled in the page's language.
    func controls(_ messages: Messages) -> [FormField] {
        entity.fields.map { field in
            let control: FormField.Control = switch field.kind {
            case .text, .slug: .text()
            case .longText: .textarea(rows: 8)
            case .integer: .text(inputMode: "numeric")
            case .decimal: .text(inputMode: "decimal")
            case .date: .text(inputType: "date")
            case .partialDate: .text()
            case .url: .text(inputType: "url")
            case .choice, .reference: .select(options(field.column, messages))
            case .flag: .checkbox
            case .languageTag: .text()
            }
            return FormField(
                field.column, label: field.label(messages), control: control, required: field.required,
                hint: field.hint(messages) ?? Self.defaultHint(field, messages))
        } + entity.translatableFields.flatMap { field in
            RegistryEntity.translationLanguages.map { language in
                let control: FormField.Control = if case .longText = field.kind { .textarea(rows: 6) } else { .text() }
                return FormField(
                    RegistryEntity.translationName(field.column, language), label: Self.translationLabel(field, language, messages),
                    control: control,
                    lang: language.rawValue)
            }
        } + entity.links.map { link in
            FormField(link.name, label: link.label(messages), control: .checkboxes(options(link.name, messages)))
        }
    }

    private static func defaultHint(_ field: RegistryField, _ messages: Messages) -> String? {
        switch field.kind {
        case .slug: messages.t("Lower-case letters, digits and hyphens; left empty, it is made from the name.")
        case .partialDate: messages.t("YYYY, YYYY-MM or YYYY-MM-DD.")
        case .date: messages.t("YYYY-MM-DD.")
        case .longText: messages.t("Plain text: a blank line between paragraphs, list items on lines starting with “- ”.")
        default: nil
        }
    }

    /// How a stored value reads to a person: the option's label for selects.
    func readable(_ column: String, _ raw: String, _ messages: Messages) -> String {
        if let label = options(column, messages).first(where: { $0.value == raw })?.label { return label }
        return raw
    }
}
