/// One tab of `partials/registry-tabs`: the registry's overview, then every entity listed in the tabs.
struct RegistryTabView: Encodable, Sendable {
    let href: String
    let label: String
    let current: Bool

    /// The registry's tabs; `current` is an entity key, "registry" or "countries".
    static func tabs(current: String, _ messages: Messages) -> [RegistryTabView] {
        [RegistryTabView(href: Paths.registry.href, label: messages.t("Overview"), current: current == "registry")]
            + RegistryCatalogue.all.filter(\.inTabs).map { entity in
                RegistryTabView(href: Paths.registryList(entity).href, label: entity.plural(messages), current: entity.key == current)
            }
            + [RegistryTabView(href: Paths.countries.href, label: messages.t("Countries"), current: current == "countries")]
    }

    /// The tabs of a record's pages: its entity's, or "Sessions" for the parts of a session kept off the tabs.
    static func tabs(for entity: RegistryEntity, _ messages: Messages) -> [RegistryTabView] {
        tabs(current: entity.inTabs ? entity.key : "sessions", messages)
    }
}
