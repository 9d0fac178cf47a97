/// `pages/workspace/registry/delete`, `/workspace/<key>/:id/delete`: what will be deleted and what
/// depends on it; a refusal says why it cannot be.
struct RegistryDeletePage: Encodable {
    struct Effect: Encodable {
        let text: String
    }

    let workspaceNav = WorkspaceNavView(.registry)
    let registryHref = Paths.registry.href
    let tabs: [RegistryTabView]
    let entity: RegistryEntityView
    /// The record's title as text, for the document's title (the headings mark it: `RegistryRecordTitle`).
    let title: String
    // The sentences that name the record, as markup with its title marked with its language.
    let headingHTML: String
    let confirmationHTML: String
    let deleteButtonHTML: String
    let backHTML: String
    let editHref: String
    let deleteAction: String
    /// Why the record cannot be deleted (a refused POST, or records that block it); nil when it can.
    let refusal: String?
    let canDelete: Bool
    /// What goes with it (dependants that do not block).
    let effects: [Effect]
    let hasEffects: Bool

    init(
        _ entity: RegistryEntity, id: Int, title record: RegistryRecordTitle, dependants: [(dependant: RegistryDependant, count: Int)], refusal: String?,
        messages: Messages
    ) {
        let title = record.text
        let blockers = dependants.filter { $0.dependant.blocking }
        let reason = refusal ?? (blockers.isEmpty ? nil : RegistryRefusal.reason(title, blockers, messages))
        tabs = RegistryTabView.tabs(for: entity, messages)
        self.entity = RegistryEntityView(entity, messages)
        self.title = title
        let kind = ["entity.singular": entity.singular(messages)]
        headingHTML = record.html(messages.t("Delete {entity.singular}: {title}"), kind, on: messages.language)
        confirmationHTML = record.html(
            messages.t("This deletes the {entity.singular} “{title}”. It cannot be undone; the audit log keeps its last values."), kind,
            on: messages.language)
        deleteButtonHTML = record.html(messages.t("Delete {title}"), on: messages.language)
        backHTML = record.html(messages.t("Back to {title}"), on: messages.language)
        editHref = Paths.registryEdit(entity).href(id)
        deleteAction = Paths.registryDelete(entity).href(id)
        self.refusal = reason
        canDelete = reason == nil
        effects = dependants.filter { !$0.dependant.blocking }.map { dependant, count in
            Effect(text: messages.t(
                "{records} — {effect}", ["records": dependant.describe(count, messages), "effect": dependant.effect(messages)]))
        }
        hasEffects = !effects.isEmpty
    }
}
