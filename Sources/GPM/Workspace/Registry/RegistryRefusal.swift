import Foundation
import SQLite

/// The words of a refused change: "Mannheim cannot be deleted: 12 commitments and 9 Mayor Briefs refer to it."
enum RegistryRefusal {
    static func reason(_ title: String, _ blockers: [(dependant: RegistryDependant, count: Int)]) -> String {
        let parts = blockers.map { $0.dependant.describe($0.count) }
        let list = parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        let total = blockers.reduce(0) { $0 + $1.count }
        return "\(title) cannot be deleted: \(list) \(total == 1 ? "refers" : "refer") to it. Remove or reassign \(total == 1 ? "it" : "them") first."
    }

    /// A constraint the form did not catch, said plainly.
    static func constraintMessage(_ error: SQLiteError, entity: RegistryEntity) -> String {
        if error.isUniqueConstraintViolation {
            return "Another \(entity.singular) already has these values (\(uniqueColumns(error.message))). Change them and save again."
        }
        if error.isForeignKeyViolation { return "A chosen record no longer exists. Choose again." }
        return "These values break a rule of the registry (\(error.message)). Check the dates and numbers."
    }

    private static func uniqueColumns(_ message: String) -> String {
        // SQLite says "UNIQUE constraint failed: table.a, table.b".
        guard let colon = message.lastIndex(of: ":") else { return message }
        return message[message.index(after: colon)...].split(separator: ",")
            .map { $0.split(separator: ".").last.map { Formatting.label(String($0).trimmingCharacters(in: .whitespaces)) } ?? "" }
            .joined(separator: ", ")
    }
}
