import Mustache

// Temporary: removed when the registry's edit page (Workspace/Registry) holds an `AuditHistoryView`.
/// The old dictionary face of `AuditHistoryView`, for pages whose view model is still a dictionary.
enum AuditView {
    /// `AuditHistoryView(events)` encoded for a dictionary context (put it under `history`).
    static func events(_ events: [AuditEvent]) -> MustacheValue {
        do {
            return try MustacheEncoder.encode(AuditHistoryView(events))
        } catch {
            // Unreachable: the view holds only strings, booleans and arrays of them, which always encode.
            preconditionFailure("AuditHistoryView did not encode: \(error)")
        }
    }
}
