/// `pages/workspace/registry/index`, `/workspace/registry`: every entity of the registry with its count.
struct RegistryIndexPage: Encodable {
    struct Entry: Encodable {
        let href: String
        let label: String
        let count: String
        let newHref: String
        let singular: String
    }

    let workspaceNav = WorkspaceNavView(.registry)
    let tabs: [RegistryTabView]
    let entities: [Entry]

    init(_ counts: [(entity: RegistryEntity, count: Int)], messages: Messages) {
        tabs = RegistryTabView.tabs(current: "registry", messages)
        entities = counts.map { entity, count in
            Entry(
                href: Paths.registryList(entity).href, label: entity.plural(messages), count: messages.number(count),
                newHref: Paths.registryNew(entity).href, singular: entity.singular(messages))
        }
    }
}
