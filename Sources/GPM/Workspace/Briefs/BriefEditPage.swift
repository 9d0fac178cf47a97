import HTTP
import Mustache

/// The edit form of a brief as a template context: the user's values (kept on every error), the
/// choices of actions, themes and SDGs, the files, and what went wrong — field errors (422) or a
/// newer version saved by someone else (409), whose values are shown beside the user's own.
struct BriefEditPage {
    /// The brief (the one stored now) with the form's choices and files, read in one snapshot.
    let editing: BriefEditing
    var brief: BriefRecord { editing.brief }
    /// What the form shows: the stored fields, or the user's input after an error.
    var form: BriefForm
    var errors: [String: String] = [:]
    var message: String?
    /// On a stale save: the version now stored.
    var conflict: BriefRecord?
    /// A note after a successful step ("Saved.", "File added.").
    var notice: String?

    func render(_ app: AppContext, _ signedIn: SignedIn, status: HTTPStatus) throws -> Response {
        let (choices, files) = (editing.choices, editing.files)
        var context = BriefViewModel.header(brief)
        let fields = form.fields
        context["version"] = .int(conflict?.version ?? form.version ?? brief.version)
        context["textFields"] = .array(BriefFields.textFields.map { field in
            let error = errors[field.key]
            return [
                "key": .string(field.key), "heading": .string(field.heading), "value": .string(fields[field.key]),
                "isSection": .bool(field.isSection), "hint": field.hint.isEmpty ? .null : .string(field.hint),
                "required": .bool(BriefFields.requiredToSubmit.contains(field.key)),
                "error": error.map { .string($0) } ?? .null,
            ]
        })
        context["sessions"] = .array(choices.sessions.enumerated().map { index, group in
            ["id": .string("session-\(index + 1)"), "title": .string(group.title), "actions": Self.options(group.actions, checked: fields.actionIDs)]
        })
        context["themes"] = Self.options(choices.themes, checked: fields.themeIDs)
        context["sdgs"] = Self.options(choices.sdgs, checked: fields.sdgNumbers)
        context["attachments"] = BriefViewModel.files(files, briefID: brief.id)
        context["hasAttachments"] = .bool(!files.isEmpty)
        context["maxFileSize"] = .string("\(AttachmentPolicy.maxFileSize >> 20) MB")
        context["notice"] = notice.map { .string($0) } ?? .null
        let summary = message
            ?? (errors.isEmpty ? nil : "The brief was not saved: " + errors.sorted { $0.key < $1.key }.map(\.value).joined(separator: " "))
        context["errorSummary"] = summary.map { .string($0) } ?? .null
        if let conflict {
            context["conflict"] = [
                "at": .string(conflict.updatedAt),
                "theirValues": .array(BriefFields.textFields.compactMap { field in
                    let theirs = conflict.fields[field.key]
                    guard theirs != fields[field.key] else { return nil }
                    return ["heading": .string(field.heading), "value": .string(theirs.isEmpty ? "(empty)" : theirs)]
                } + Self.linkDifferences(conflict.fields, fields, choices)),
            ]
        }
        context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.briefs))
        return try app.pages.page(
            "pages/workspace/briefs/edit", path: Paths.briefEdit.href(brief.id), context, status: status, user: signedIn)
    }

    static func options(_ choices: [BriefChoices.Choice], checked: [Int]) -> MustacheValue {
        let checked = Set(checked)
        return .array(choices.map { ["id": .int($0.id), "label": .string($0.label), "checked": .bool(checked.contains($0.id))] })
    }

    private static func linkDifferences(_ theirs: BriefFields, _ mine: BriefFields, _ choices: BriefChoices) -> [MustacheValue] {
        var rows: [MustacheValue] = []
        if Set(theirs.actionIDs) != Set(mine.actionIDs) {
            rows.append(["heading": "Actions", "value": .string(theirs.actionIDs.map(choices.actionLabel).joined(separator: "; "))])
        }
        if Set(theirs.themeIDs) != Set(mine.themeIDs) {
            rows.append(["heading": "Themes", "value": .string(theirs.themeIDs.map(choices.themeLabel).joined(separator: "; "))])
        }
        if Set(theirs.sdgNumbers) != Set(mine.sdgNumbers) {
            rows.append(["heading": "SDGs", "value": .string(theirs.sdgNumbers.map(choices.sdgLabel).joined(separator: "; "))])
        }
        return rows
    }
}
