/// An admin's message to the offices of the cities a compliance filter selects: GET writes, POST
/// previews (`step=preview`) and sends (`step=send`). The filter travels in the query.
extension Paths {
    static let secretariatMessage = Path("/admin/messages/new", query: ComplianceFilter.parameters + ["sent"])
}
