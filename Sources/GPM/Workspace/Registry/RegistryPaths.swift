/// The registry's pages. Every entity of the catalogue has the same set under `/workspace/<key>`, so
/// its paths are made from its key; the related-rows sections have their own forms under the record.
extension Paths {
    static let registry = Path("/workspace/registry", query: [])

    /// The entity's list (search, sort, page; `deleted` names what was just deleted).
    static func registryList(_ entity: RegistryEntity) -> Path {
        Path("/workspace/\(entity.key)", query: ["q", "sort", "page", "deleted"])
    }

    /// The new-record form; any query parameter prefills a field (`?session_id=3`).
    static func registryNew(_ entity: RegistryEntity) -> Path { Path("/workspace/\(entity.key)/new") }

    static func registryEdit(_ entity: RegistryEntity) -> Path1<Int> { Path1("/workspace/\(entity.key)/:id/edit", query: ["saved"]) }

    static func registryDelete(_ entity: RegistryEntity) -> Path1<Int> { Path1("/workspace/\(entity.key)/:id/delete", query: []) }

    /// Adds a membership to a city (of a network) or to a network (of a city).
    static func registryMemberships(_ owner: RegistryEntity, other: String) -> Path1<Int> {
        Path1("/workspace/\(owner.key)/:id/\(other)")
    }

    static func registryMembershipDelete(_ owner: RegistryEntity, other: String) -> Path2<Int, Int> {
        Path2("/workspace/\(owner.key)/:id/\(other)/:other/delete")
    }

    static let partnershipMembersAdd = Path1<Int>("/workspace/partnerships/:id/members")
    static let partnershipMemberDelete = Path2<Int, Int>("/workspace/partnerships/:id/members/:member/delete")
    static let sessionPeopleAdd = Path1<Int>("/workspace/sessions/:id/people")
    static let sessionPersonDelete = Path2<Int, Int>("/workspace/sessions/:id/people/:person/delete")

    /// Moves a principle or action of a session one place.
    static func sessionItemMove(_ table: RegistryOrderedTable) -> Path2<Int, Int> {
        Path2("/workspace/sessions/:id/\(table.rawValue)/:item/move")
    }
}
