import HTTP
import Mustache
import SQLite

/// `pages/workspace/registry/form`, the new and edit pages of a registry record: the form (with kept
/// input, messages and a conflict notice), and on the edit page the related-rows section, the delete
/// link and the record's history (nil on the new page).
struct RegistryFormPage: Encodable {
    /// What the edit page shows besides the stored record.
    struct State {
        var input: FormInput?
        var check: Validation?
        var conflict: (stored: SQLite.Row, links: [String: [Int]], by: String?)?
        var saved = false
        /// A related-rows form (add a membership…) that failed, with its input.
        var section: RegistrySectionForm?
        var status: HTTPStatus = .ok
    }

    /// A record that refers to this one (and whether it prevents deleting it).
    struct Dependant: Encodable {
        let text: String
        let blocking: Bool
    }

    let workspaceNav = WorkspaceNavView(.registry)
    let registryHref = Paths.registry.href
    let tabs: [RegistryTabView]
    let entity: RegistryEntityView
    let isNew: Bool
    let heading: String
    /// The h1: `heading` as markup, the record's title inline with its `lang` where it is content (a
    /// partnership's English title), escaped as is elsewhere.
    let headingHTML: String
    let formAction: String
    let fields: [FormFieldView]
    let errorSummary: FormErrorSummaryView
    /// A message about the whole record (`_record`), e.g. a duplicate.
    let recordError: String?
    /// Just saved (`?saved=1`).
    let saved: Bool
    let conflict: FormConflictView?

    // The edit page's parts (nil or empty on the new page).
    let recordTitle: String?
    /// "Public page of {recordTitle}" as markup, the title marked like the heading's (nil on the new page).
    var publicPageHTML: String? = nil
    let version: Int?
    let deleteHref: String?
    let publicPath: String?
    let dependants: [Dependant]
    let hasDependants: Bool
    let section: RegistrySectionView?
    let history: AuditHistoryView?
    /// The new-city form's search of GeoNames' world cities (nil elsewhere).
    let worldCities: WorldCitySearchView?
    /// A city's edit page links to the page where the secretariat records the city's commitments.
    var commitmentsHref: String? = nil

    /// The new-record form, with the input kept (or prefilled from the query) and the messages.
    static func new(
        _ entity: RegistryEntity, form: RegistryForm, input: FormInput, check: Validation?, worldCities: WorldCitySearch? = nil,
        messages: Messages
    ) -> RegistryFormPage {
        let controls = form.controls(messages)
        let heading = messages.t("New {entity.singular}", ["entity.singular": entity.singular(messages)])
        return RegistryFormPage(
            tabs: RegistryTabView.tabs(for: entity, messages), entity: RegistryEntityView(entity, messages), isNew: true,
            heading: heading, headingHTML: HTMLEscaping.escape(heading),
            formAction: Paths.registryNew(entity).href,
            fields: controls.map { $0.view(input, errors: check?.errors ?? [:]) },
            errorSummary: FormErrorSummaryView(check, fields: controls), recordError: check?.errors["_record"],
            saved: false, conflict: nil, recordTitle: nil, version: nil, deleteHref: nil, publicPath: nil,
            dependants: [], hasDependants: false, section: nil, history: nil,
            worldCities: worldCities.map { WorldCitySearchView($0, newHref: Paths.registryNew(entity)) })
    }

    /// The edit form of the record `data` holds: its stored values, or the input `state` kept.
    static func edit(
        _ entity: RegistryEntity, id: Int, _ data: RegistryEditData, state: State, messages: Messages = Localization.englishOnly.messages(.en)
    ) throws -> RegistryFormPage {
        let (form, row) = (data.form, data.row)
        let controls = form.controls(messages)
        let stored = RegistryForm.input(row: row, links: data.links, translations: data.translations)
        var input = state.input ?? stored
        let version = try row.int("version")
        // After a conflict the form carries the version now stored, so saving again is a deliberate overwrite.
        input["version"] = String(version)
        let title = RegistryService.title(entity, AuditSnapshot(row: row))
        let dependants = data.dependants.map { Dependant(text: $0.dependant.describe($0.count, messages), blocking: $0.dependant.blocking) }
        var section: RegistrySectionView?
        if let kind = entity.section, let rows = data.section {
            section = try RegistrySectionView(kind, rows, id: id, failed: state.section, messages: messages)
        }
        let conflict = try state.conflict.map { conflict in
            try Self.conflict(
                entity, form, input: input, stored: RegistryForm.input(row: conflict.stored, links: conflict.links),
                row: conflict.stored, by: conflict.by, messages: messages)
        }
        // The title marked with its language where it is content; a name (a city's, a network's) stays as it is.
        let titleContent = ContentTextView(title, language: entity.titleLanguage ?? ContentLanguage(messages.language))
        let singular = ContentTextView(entity.singular(messages), language: ContentLanguage(messages.language))
        var page = RegistryFormPage(
            tabs: RegistryTabView.tabs(for: entity, messages), entity: RegistryEntityView(entity, messages), isNew: false,
            heading: messages.t("Edit {entity.singular}: {title}", ["entity.singular": entity.singular(messages), "title": title]),
            headingHTML: ContentSentence.html(
                messages.t("Edit {entity.singular}: {title}"), on: messages.language, ["entity.singular": singular, "title": titleContent]),
            formAction: Paths.registryEdit(entity).href(id),
            fields: Self.controls(controls, outdated: data.outdatedTranslations, messages).map { $0.view(input, errors: state.check?.errors ?? [:]) },
            errorSummary: FormErrorSummaryView(state.check, fields: controls), recordError: state.check?.errors["_record"],
            saved: state.saved, conflict: conflict, recordTitle: title, version: version,
            deleteHref: Paths.registryDelete(entity).href(id), publicPath: try entity.publicPath(row),
            dependants: dependants, hasDependants: !dependants.isEmpty, section: section, history: AuditHistoryView(data.history, messages: messages),
            worldCities: nil, commitmentsHref: entity.key == "cities" ? Paths.secretariatCommitments.href(id) : nil)
        page.publicPageHTML = ContentSentence.html(messages.t("Public page of {recordTitle}"), on: messages.language, ["recordTitle": titleContent])
        return page
    }

    /// The form's controls; a translation made from an earlier original says so under its label, and is
    /// followed by a checkbox that confirms it still matches (`RegistryForm.confirmationName`).
    static func controls(_ controls: [FormField], outdated: Set<String>, _ messages: Messages) -> [FormField] {
        guard !outdated.isEmpty else { return controls }
        return controls.flatMap { field -> [FormField] in
            guard outdated.contains(field.name) else { return [field] }
            let marked = FormField(
                field.name, label: field.label, control: field.control, required: field.required,
                hint: messages.t(
                    "Out of date: the original has changed since this translation was saved. Until the translation is updated or confirmed, pages in this language show the original."),
                lang: field.lang)
            let confirmation = FormField(
                RegistryForm.confirmationName(field.name), label: messages.t("This translation still matches the original as it now stands"),
                control: .checkbox)
            return [marked, confirmation]
        }
    }

    /// The fields where what is stored now differs from what this person submitted.
    private static func conflict(
        _ entity: RegistryEntity, _ form: RegistryForm, input: FormInput, stored: FormInput, row: SQLite.Row, by: String?,
        messages: Messages
    ) throws -> FormConflictView {
        let names = entity.fields.map { ($0.column, $0.label(messages)) } + entity.links.map { ($0.name, $0.label(messages)) }
        let differing: [FormConflictView.Field] = names.compactMap { name, label in
            let theirs = stored.all(name).map { form.readable(name, $0, messages) }.joined(separator: ", ")
            let yours = input.all(name).map { form.readable(name, $0, messages) }.joined(separator: ", ")
            // An unchecked checkbox sends nothing where the stored value reads "0": the same value.
            guard theirs != yours, !(["", "0"].contains(theirs) && ["", "0"].contains(yours)) else { return nil }
            return FormConflictView.Field(label: label, stored: theirs.isEmpty ? "—" : theirs, yours: yours.isEmpty ? "—" : yours)
        }
        let at = Formatting.storedTimestamp(try row.string("updated_at"))
        return FormConflictView(at: at, by: by, fields: differing)
    }
}
