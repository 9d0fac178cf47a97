import Foundation
import SQLite

/// The words of a refused change: "Mannheim cannot be deleted: 12 commitments and 9 Mayor Briefs refer to it."
enum RegistryRefusal {
    static func reason(_ title: String, _ blockers: [(dependant: RegistryDependant, count: Int)], _ messages: Messages) -> String {
        let total = blockers.reduce(0) { $0 + $1.count }
        return messages.tn(
            "{title} cannot be deleted: {records} refers to it. Remove or reassign it first.",
            "{title} cannot be deleted: {records} refer to it. Remove or reassign them first.",
            count: total, ["title": title, "records": list(blockers.map { $0.dependant.describe($0.count, messages) }, messages)])
    }

    /// "a, b and c": the last two joined by the language's "and" (Foundation on Linux has no `ListFormatter`).
    static func list(_ parts: [String], _ messages: Messages) -> String {
        guard let last = parts.last, parts.count > 1 else { return parts.joined() }
        return messages.t("{list} and {last}", ["list": parts.dropLast().joined(separator: ", "), "last": last])
    }

    /// A constraint the form did not catch, said plainly.
    static func constraintMessage(_ error: SQLiteError, entity: RegistryEntity, _ messages: Messages) -> String {
        if error.isUniqueConstraintViolation {
            return messages.t(
                "Another {entity.singular} already has these values ({columns}). Change them and save again.",
                ["entity.singular": entity.singular(messages), "columns": uniqueColumns(error.message, entity, messages)])
        }
        if error.isForeignKeyViolation { return messages.t("A chosen record no longer exists. Choose again.") }
        return messages.t(
            "These values break a rule of the registry ({rule}). Check the dates and numbers.", ["rule": error.message])
    }

    /// The form's labels of the columns SQLite names ("UNIQUE constraint failed: table.a, table.b").
    private static func uniqueColumns(_ message: String, _ entity: RegistryEntity, _ messages: Messages) -> String {
        guard let colon = message.lastIndex(of: ":") else { return message }
        return message[message.index(after: colon)...].split(separator: ",")
            .map { part in
                let column = part.split(separator: ".").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
                return entity.field(column)?.label(messages) ?? Formatting.label(column)
            }
            .joined(separator: ", ")
    }
}
