/// The registry entity a page is about (`{{entity.plural}}`, `{{entity.listHref}}`…): its names and the
/// links to its list and to its new-record form.
struct RegistryEntityView: Encodable, Sendable {
    let singular: String
    let plural: String
    let listHref: String
    let newHref: String

    init(_ entity: RegistryEntity, _ messages: Messages) {
        singular = entity.singular(messages)
        plural = entity.plural(messages)
        listHref = Paths.registryList(entity).href
        newHref = Paths.registryNew(entity).href
    }
}
