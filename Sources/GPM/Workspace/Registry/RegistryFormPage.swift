import HTTP
import Mustache
import SQLite

/// The new and edit pages of a registry record: the form (with kept input, messages and a conflict
/// notice), the related-rows section, the delete link and the record's history.
struct RegistryFormPage {
    let app: AppContext
    let registry: RegistryService
    let entity: RegistryEntity
    let signedIn: SignedIn

    /// What the page shows besides the stored record.
    struct State {
        var input: FormInput?
        var check: Validation?
        var conflict: (stored: Row, links: [String: [Int]], by: String?)?
        var saved = false
        /// A related-rows form (add a membership…) that failed, with its input.
        var section: RegistrySectionForm?
        var status: HTTPStatus = .ok
    }

    func new(_ form: RegistryForm, input: FormInput, check: Validation?, status: HTTPStatus) throws -> Response {
        let path = Paths.registryNew(entity).href
        var context = try base(form, input: input, check: check)
        context["isNew"] = true
        context["heading"] = .string("New \(entity.singular)")
        context["formAction"] = .string(path)
        return try app.pages.page("pages/workspace/registry/form", path: path, context, status: status, user: signedIn)
    }

    func edit(id: Int, state: State) throws -> Response {
        guard let data = try registry.edit(entity, id: id) else { throw HTTPError(.notFound) }
        let (form, row) = (data.form, data.row)
        let dependants: [MustacheValue] = data.dependants.map { item in
            ["text": .string(item.dependant.describe(item.count)), "blocking": .bool(item.dependant.blocking)]
        }
        var section: MustacheValue = .null
        if let kind = entity.section, let rows = data.section {
            section = try RegistrySectionView.context(kind, rows, id: id, failed: state.section)
        }
        let stored = RegistryForm.input(row: row, links: data.links)
        var input = state.input ?? stored
        let version = try row.int("version")
        // After a conflict the form carries the version now stored, so saving again is a deliberate overwrite.
        input["version"] = String(version)
        let title = RegistryService.title(entity, AuditSnapshot(row: row))
        var context = try base(form, input: input, check: state.check)
        context["heading"] = .string("Edit \(entity.singular): \(title)")
        context["recordTitle"] = .string(title)
        context["formAction"] = .string(Paths.registryEdit(entity).href(id))
        context["version"] = .int(version)
        context["deleteHref"] = .string(Paths.registryDelete(entity).href(id))
        context["saved"] = .bool(state.saved)
        context["dependants"] = .array(dependants)
        context["hasDependants"] = .bool(!dependants.isEmpty)
        context["section"] = section
        if let publicPath = try entity.publicPath(row) { context["publicPath"] = .string(publicPath) }
        if let conflict = state.conflict {
            context["conflict"] = try conflictContext(form, input: input, stored: RegistryForm.input(row: conflict.stored, links: conflict.links),
                                                  row: conflict.stored, by: conflict.by)
        }
        context["history"] = AuditView.events(data.history)
        let path = Paths.registryEdit(entity).href(id)
        return try app.pages.page("pages/workspace/registry/form", path: path, context, status: state.status, user: signedIn)
    }

    private func base(_ form: RegistryForm, input: FormInput, check: Validation?) throws -> [String: MustacheValue] {
        let errors = check?.errors ?? [:]
        var context: [String: MustacheValue] = [
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.registry)), "registryHref": .string(Paths.registry.href), "tabs": RegistryListPage.tabs(current: entity.inTabs ? entity.key : "sessions"),
            "entity": RegistryListPage.entityContext(entity), "fields": .array(form.fields(input, errors: errors)),
            "errorSummary": check.map { FormErrorSummary.context($0, fields: form.controls) } ?? ["show": false],
        ]
        if let message = errors["_record"] { context["recordError"] = .string(message) }
        return context
    }

    /// The fields where what is stored now differs from what this person submitted.
    private func conflictContext(_ form: RegistryForm, input: FormInput, stored: FormInput, row: Row, by: String?) throws -> MustacheValue {
        let names = entity.fields.map { ($0.column, $0.label) } + entity.links.map { ($0.name, $0.label) }
        let differing: [MustacheValue] = names.compactMap { name, label in
            let theirs = stored.all(name).map { form.readable(name, $0) }.joined(separator: ", ")
            let yours = input.all(name).map { form.readable(name, $0) }.joined(separator: ", ")
            // An unchecked checkbox sends nothing where the stored value reads "0": the same value.
            guard theirs != yours, !(["", "0"].contains(theirs) && ["", "0"].contains(yours)) else { return nil }
            return ["label": .string(label), "stored": .string(theirs.isEmpty ? "—" : theirs), "yours": .string(yours.isEmpty ? "—" : yours)]
        }
        let at = try row.string("updated_at").replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        return ["at": .string(at), "by": by.map { .string($0) } ?? .null, "fields": .array(differing)]
    }
}
