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
    let title: String
    let editHref: String
    let deleteAction: String
    /// Why the record cannot be deleted (a refused POST, or records that block it); nil when it can.
    let refusal: String?
    let canDelete: Bool
    /// What goes with it (dependants that do not block).
    let effects: [Effect]
    let hasEffects: Bool

    init(
        _ entity: RegistryEntity, id: Int, title: String, dependants: [(dependant: RegistryDependant, count: Int)], refusal: String?,
        messages: Messages
    ) {
        let blockers = dependants.filter { $0.dependant.blocking }
        let reason = refusal ?? (blockers.isEmpty ? nil : RegistryRefusal.reason(title, blockers, messages))
        tabs = RegistryTabView.tabs(for: entity, messages)
        self.entity = RegistryEntityView(entity, messages)
        self.title = title
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
