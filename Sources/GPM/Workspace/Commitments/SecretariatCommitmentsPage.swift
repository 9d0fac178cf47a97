/// The secretariat's page of one city's commitments (`pages/workspace/commitments/secretariat`): every
/// action with the city's stance, progress and last confirmation, and the form that records a change.
struct SecretariatCommitmentsPage: Encodable {
    struct City: Encodable {
        let name: String
        /// The city's public page and its workspace (registry) page.
        let href: String
        let editHref: String
    }

    struct Row: Encodable {
        /// The action's name in the reader's language, or the original with its `lang`.
        let label: ContentTextView
        /// This page with the form made for the action.
        let recordHref: String
        let stance: CommitmentStanceView
    }

    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
        /// The label's language when it is content (an action), on the `<option>` itself; nil: the page's words.
        var lang: String? = nil
        var dir: String? = nil
    }

    /// The form's values as entered, and each field's message (nil: acceptable).
    struct Form: Encodable {
        let actions: [Option]
        let statuses: [Option]
        let progresses: [Option]
        let note: String
        /// The note's language ("Language of the note").
        let noteLanguage: NoteLanguageField
        let evidenceURL: String
        let date: String
        /// The commitment version the form was made from; nil when the action is chosen in the form.
        let version: Int?
        let actionError: String?
        let statusError: String?
        let progressError: String?
        let noteError: String?
        let evidenceURLError: String?
        let dateError: String?
    }

    let city: City
    let rows: [Row]
    let form: Form
    let formAction: String
    let hasErrors: Bool
    /// "There is a problem": the messages in the form's order, linked to their fields.
    let errorSummary: FormErrorSummaryView
    let saved: Bool
    /// The commitment changed since the form was made: the page shows its new state.
    let stale: Bool
    let workspaceNav = WorkspaceNavView(.registry)

    init(
        _ city: OfficeCity, _ overview: CommitmentOverview, form input: SecretariatCommitmentForm, saved: Bool = false, stale: Bool = false,
        messages: Messages
    ) {
        self.city = City(name: city.name, href: Paths.city.href(city.slug), editHref: Paths.registryEdit(RegistryCatalogue.cities).href(city.id))
        let labels = overview.actions.map { CommitmentActionContent($0, overview.translations).label }
        rows = zip(overview.actions, labels).map { action, label in
            Row(
                label: label,
                recordHref: Paths.secretariatCommitments.href(city.id, QueryString([("action", action.actionSlug)])) + "#record",
                stance: CommitmentStanceView(action.commitment, messages: messages))
        }
        form = Form(
            actions: zip(overview.actions, labels).map { action, label in
                Option(value: action.actionSlug, label: label.text, selected: action.actionSlug == input.action, lang: label.lang, dir: label.dir)
            },
            statuses: CommitmentStance.allCases.map { Option(value: $0.rawValue, label: $0.label(messages), selected: $0.rawValue == input.status) },
            progresses: [Option(value: "", label: messages.t("Not started (no progress)"), selected: input.progress.isEmpty)]
                + CommitmentProgress.allCases.map { Option(value: $0.rawValue, label: $0.label(messages), selected: $0.rawValue == input.progress) },
            note: input.note, noteLanguage: NoteLanguageField(id: "note_language", value: input.noteLanguage, error: input.errors["note_language"]),
            evidenceURL: input.evidenceURL, date: input.date, version: input.version,
            actionError: input.errors["action"], statusError: input.errors["status"], progressError: input.errors["progress"],
            noteError: input.errors["note"], evidenceURLError: input.errors["evidence_url"], dateError: input.errors["date"])
        formAction = Paths.secretariatCommitments.href(city.id)
        hasErrors = !input.errors.isEmpty
        errorSummary = FormErrorSummaryView(input.errors, order: ["action", "status", "progress", "note", "note_language", "evidence_url", "date"])
        self.saved = saved
        self.stale = stale
    }
}
