import Foundation

/// The edit form of a brief (`pages/workspace/briefs/edit`): the user's values (kept on every error), the
/// choices of actions, themes and SDGs, the files, and what went wrong — field errors (422) or a newer
/// version saved by someone else (409), whose values are shown beside the user's own. One form holds the
/// text, the links and the file input, so an upload saves the text typed with it; each field states its
/// limit ("1,204 of 10,000 characters") and a section still as carried over from last year is marked.
struct BriefEditPage: Encodable {
    struct TextField: Encodable {
        let key: String
        let heading: String
        let value: String
        /// A long section rather than a one-line field.
        let isSection: Bool
        /// A textarea (the guidance asks for sentences) with `rows` lines, rather than a one-line input.
        let isMultiline: Bool
        let rows: Int
        let hint: String?
        /// Needed to submit (a draft may be saved without it).
        let required: Bool
        let error: String?
        /// The `maxlength` attribute and the hint beside it: "1,204 of 10,000 characters".
        let maxLength: Int
        let lengthHint: String
        /// Still the text taken from last year's brief, unedited: the mark and the note say so.
        let carriedOver: Bool
        let carriedOverNote: String?
    }

    struct Option: Encodable {
        let id: Int
        let label: String
        let checked: Bool
        /// The label's language: an action's or a theme's (translated or the original), or the page's (an SDG).
        let lang: String
        let dir: String
    }

    /// The actions adopted by one session.
    struct Session: Encodable {
        let id: String
        let title: String
        /// `title` as markup: the page's words escaped, the session's title inside `<span lang dir>` when it is
        /// in another language than the page's.
        let titleHTML: String
        let actions: [Option]
    }

    /// The newer version stored by someone else: when, and their values that differ from the form's.
    struct Conflict: Encodable {
        struct Value: Encodable {
            let heading: String
            let value: String
        }

        let at: String
        let theirValues: [Value]
    }

    /// The brief's language field: the tag typed (or stored), its message, and the languages suggested.
    struct LanguageField: Encodable {
        /// A suggestion of the field's list: the tag and the language's name in itself.
        struct Suggestion: Encodable {
            let tag: String
            let name: String
        }

        let value: String
        let error: String?
        let suggestions: [Suggestion]
        /// The tag the text fields are marked with (`lang`): the value when it is a tag, else none.
        let tag: String?

        /// Languages of the GPM's members, offered first; any other BCP 47 tag is accepted.
        static let suggested = ["en", "fr", "es", "pt", "ar", "de", "it", "nl", "tr", "ru", "zh", "ja", "ko", "hi", "ur", "fa", "he", "sw"]
    }

    let brief: BriefHeaderView
    let language: LanguageField
    /// The version the next save claims to edit.
    let version: Int
    let uploadAction: String
    let textFields: [TextField]
    let sessions: [Session]
    let themes: [Option]
    let sdgs: [Option]
    let attachments: [BriefFileView]
    let hasAttachments: Bool
    let maxFileSize: String
    /// "3 of 20 files", "12.3 MB of 200 MB": the limits, before they are reached.
    let filesUsage: String
    let bytesUsage: String
    /// At the file limit: the file input is replaced by a note.
    let canAddFiles: Bool
    /// Why a file was not taken (its type, a limit, an expired session), next to the file input.
    let fileError: String?
    /// Sections taken from last year and not yet edited: the note at the top of the form.
    let carriedOverSummary: String?
    /// A note after a successful step ("Saved.", "File added.").
    let notice: String?
    /// Why the save or upload was refused, when it is not a field's error.
    let errorMessage: String?
    /// "There is a problem": each field's message in the form's order, linked to it.
    let errorSummary: FormErrorSummaryView
    /// The layout's "Error:" title prefix: also on a GET that marks the sections a submission lacks.
    let titleError: Bool
    let conflict: Conflict?
    let workspaceNav = WorkspaceNavView(.briefs)

    /// - Parameters:
    ///   - editing: the brief as stored now, with the form's choices and files, read in one snapshot.
    ///   - form: what the form shows: the stored fields, or the user's input after an error.
    ///   - message: why the save or the upload was refused, when it is not a field's error.
    ///   - conflict: on a stale save, the version now stored.
    init(
        editing: BriefEditing, form: BriefForm, errors: [String: String] = [:], message: String? = nil,
        conflict: BriefRecord? = nil, notice: String? = nil, fileError: String? = nil, messages: Messages
    ) {
        let (stored, choices, limits) = (editing.brief, editing.choices, editing.limits)
        let fields = form.fields
        brief = BriefHeaderView(stored, messages: messages)
        maxFileSize = BriefFileView.maxFileSize(messages)
        version = conflict?.version ?? form.version ?? stored.version
        uploadAction = Paths.briefEdit.href(stored.id)
        let tag = ContentLanguage(validating: fields.language)?.tag
        language = LanguageField(
            value: fields.language, error: errors["language"],
            suggestions: LanguageField.suggested.map { code in
                LanguageField.Suggestion(tag: code, name: Locale(identifier: code).localizedString(forLanguageCode: code) ?? code)
            },
            tag: tag)
        textFields = BriefFields.textFields.map { field in
            let value = fields[field.key]
            let limit = limits.maxLength(field.key)
            // Marked while the form's text is still the text carried over (an edit not yet saved counts).
            let carried = stored.carriedOver[field.key].map { CarriedOverText.hash(value.replacingOccurrences(of: "\r\n", with: "\n")) == $0 } ?? false
            return TextField(
                key: field.key, heading: field.heading(messages), value: value, isSection: field.isSection,
                isMultiline: field.isMultiline, rows: field.rows,
                hint: field.hint.isEmpty ? nil : field.hint(messages), required: BriefFields.requiredToSubmit.contains(field.key),
                error: errors[field.key], maxLength: limit,
                lengthHint: messages.t(
                    "{count} of {limit} characters", ["count": messages.number(value.count), "limit": messages.number(limit)]),
                carriedOver: carried,
                carriedOverNote: carried ? Self.carriedOverNote(from: stored.carriedOverFrom, to: stored.year, messages) : nil)
        }
        let carriedHeadings = textFields.filter(\.carriedOver).map(\.heading)
        carriedOverSummary = carriedHeadings.isEmpty ? nil
            : Self.carriedOverSummary(from: stored.carriedOverFrom, headings: carriedHeadings.joined(separator: ", "), messages)
        sessions = Self.ownCommitmentsFirst(choices, committed: editing.committedActionIDs, checked: fields.actionIDs, messages: messages)
        themes = Self.options(choices.themes, checked: fields.themeIDs)
        let pageLanguage = ContentLanguage(messages.language)
        sdgs = Self.options(
            choices.sdgs.map { .init(id: $0.id, label: choices.sdgLabel($0.id, messages), lang: pageLanguage.tag, dir: pageLanguage.direction) },
            checked: fields.sdgNumbers)
        attachments = editing.files.map { BriefFileView($0, removable: stored.id, messages: messages) }
        hasAttachments = !editing.files.isEmpty
        filesUsage = messages.t(
            "{count} of {limit} files", ["count": messages.number(editing.files.count), "limit": messages.number(limits.maxFilesPerBrief)])
        bytesUsage = messages.t(
            "{used} of {limit} used by your city’s files", ["used": BriefLimits.size(editing.cityBytes, messages), "limit": BriefLimits.size(limits.maxBytesPerCity, messages)])
        canAddFiles = editing.files.count < limits.maxFilesPerBrief
        self.fileError = fileError
        self.notice = notice
        errorMessage = message
        errorSummary = FormErrorSummaryView(
            Dictionary(errors.map { ("f-" + $0.key, $0.value) }, uniquingKeysWith: { first, _ in first }),
            order: ["f-language"] + BriefFields.textFields.map { "f-" + $0.key })
        titleError = message != nil || !errors.isEmpty
        self.conflict = conflict.map { theirs in
            Conflict(
                at: theirs.updatedAt,
                theirValues: BriefFields.textFields.compactMap { field in
                    let value = theirs.fields[field.key]
                    guard value != fields[field.key] else { return nil }
                    return Conflict.Value(heading: field.heading(messages), value: value.isEmpty ? messages.t("(empty)") : value)
                } + Self.linkDifferences(theirs.fields, fields, choices, messages))
        }
    }

    static func options(_ choices: [BriefChoices.Choice], checked: [Int]) -> [Option] {
        let checked = Set(checked)
        return choices.map { Option(id: $0.id, label: $0.label, checked: checked.contains($0.id), lang: $0.lang, dir: $0.dir) }
    }

    private static func linkDifferences(
        _ theirs: BriefFields, _ mine: BriefFields, _ choices: BriefChoices, _ messages: Messages
    ) -> [Conflict.Value] {
        var rows: [Conflict.Value] = []
        if Set(theirs.actionIDs) != Set(mine.actionIDs) {
            rows.append(Conflict.Value(heading: messages.t("Actions"), value: theirs.actionIDs.map(choices.actionLabel).joined(separator: "; ")))
        }
        if Set(theirs.themeIDs) != Set(mine.themeIDs) {
            rows.append(Conflict.Value(heading: messages.t("Themes"), value: theirs.themeIDs.map(choices.themeLabel).joined(separator: "; ")))
        }
        if Set(theirs.sdgNumbers) != Set(mine.sdgNumbers) {
            rows.append(Conflict.Value(heading: messages.t("SDGs"), value: theirs.sdgNumbers.map { choices.sdgLabel($0, messages) }.joined(separator: "; ")))
        }
        return rows
    }

    /// Beside a field still holding the text carried over from an earlier brief.
    static func carriedOverNote(from year: Int?, to current: Int, _ messages: Messages) -> String {
        if let year {
            return messages.t(
                "Carried over from the {year} brief, unchanged: update it for {current}.", ["year": String(year), "current": String(current)])
        }
        return messages.t("Carried over from last year’s brief, unchanged: update it for {current}.", ["current": String(current)])
    }

    /// Above the form: which fields still hold the carried-over text.
    static func carriedOverSummary(from year: Int?, headings: String, _ messages: Messages) -> String {
        if let year {
            return messages.t(
                "Carried over from the {year} brief and not edited yet: {fields}. Each keeps its mark until you change its text.",
                ["year": String(year), "fields": headings])
        }
        return messages.t(
            "Carried over from last year’s brief and not edited yet: {fields}. Each keeps its mark until you change its text.", ["fields": headings])
    }
}
