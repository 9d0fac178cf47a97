/// One action's page for the office (`pages/workspace/commitments/action`): the stance, both forms (with
/// the office's input and any messages) and the history.
struct CommitmentActionPage: Encodable {
    struct Action: Encodable {
        /// The action's name in the reader's language (the translation, else the original: unmarked in the page's
        /// `<title>` and description, which take no markup), and as content with its `lang`.
        let label: String
        let labelContent: ContentTextView
        /// The action's public page.
        let href: String
        let stanceAction: String
        let progressAction: String
        /// The action's text, session and theme in the reader's language, or the originals with their `lang`.
        let text: ContentTextView
        let session: ContentTextView
        let theme: ContentTextView
    }

    /// The one change of stance possible from here: opting in, or opting out (with a required note).
    struct Offer: Encodable {
        let status: String
        let button: String
        let noteRequired: Bool
    }

    /// The forms' values as the office entered them, and each field's message (nil: acceptable).
    struct Form: Encodable {
        struct Status: Encodable {
            let value: String
            let label: String
            let selected: Bool
        }

        let note: String
        /// The language of each form's note ("Language of the note").
        let noteLanguage: NoteLanguageField
        let progressNote: String
        let progressNoteLanguage: NoteLanguageField
        let evidenceURL: String
        let date: String
        let today: String
        let statuses: [Status]
        let noteError: String?
        let progressError: String?
        let progressNoteError: String?
        let evidenceURLError: String?
        let dateError: String?

        /// The template names each message after its field's id.
        enum CodingKeys: String, CodingKey {
            case note, noteLanguage, progressNote, progressNoteLanguage, evidenceURL, date, today, statuses
            case noteError = "error_note", progressError = "error_progress", progressNoteError = "error_progress_note"
            case evidenceURLError = "error_evidence_url", dateError = "error_date"
        }

        init(_ form: CommitmentForm, today: String, messages: Messages) {
            note = form.stanceNote
            noteLanguage = NoteLanguageField(id: "note_language", value: form.stanceNoteLanguage, error: form.errors["note_language"])
            progressNote = form.progressNote
            progressNoteLanguage = NoteLanguageField(
                id: "progress_note_language", value: form.progressNoteLanguage, error: form.errors["progress_note_language"])
            evidenceURL = form.evidenceURL
            date = form.date
            self.today = today
            statuses = CommitmentProgress.allCases.map { Status(value: $0.rawValue, label: $0.label(messages), selected: $0.rawValue == form.progress) }
            noteError = form.errors["note"]
            progressError = form.errors["progress"]
            progressNoteError = form.errors["progress_note"]
            evidenceURLError = form.errors["evidence_url"]
            dateError = form.errors["date"]
        }
    }

    struct FieldError: Encodable {
        /// The field's id, the link's target.
        let field: String
        let message: String
    }

    struct Event: Encodable {
        let date: String
        let datetime: String
        let what: String
        /// The note's paragraphs, each marked with the note's language (`noteLang`, `noteDir`).
        let paragraphs: [String]
        let noteLang: String
        let noteDir: String
        let isDemo: Bool
        /// The progress's badge; nil for an opt-in or opt-out.
        let badge: String?
        /// The evidence link, only when it is a web address.
        let evidence: String?
        /// The secretariat recorded the step for the city.
        let recordedBySecretariat: Bool

        init(_ event: CommitmentEvent, messages: Messages) {
            date = Formatting.date(event.occurredOn)
            datetime = event.occurredOn
            what = event.kind.label(progress: event.progress, messages: messages)
            paragraphs = Formatting.paragraphs(event.note)
            noteLang = event.language.tag
            noteDir = event.language.direction
            isDemo = event.isDemo
            badge = event.progress?.badge
            evidence = event.evidenceURL.flatMap { CommitmentForm.isWebAddress($0) ? $0 : nil }
            recordedBySecretariat = event.recordedBySecretariat
        }
    }

    let city: CommitmentListPage.City
    let action: Action
    let stance: CommitmentStanceView
    let isOptedIn: Bool
    let offer: Offer
    let form: Form
    /// The commitment version the forms were made from (0: the city never opted in or out).
    let version: Int
    let errors: [FieldError]
    let hasErrors: Bool
    /// "There is a problem": the messages in the forms' order (stance, then progress), linked to their fields.
    let errorSummary: FormErrorSummaryView
    let events: [Event]
    let hasEvents: Bool
    /// Just saved.
    let saved: Bool
    /// The form was made from an older version: the page shows the newer state.
    let stale: Bool
    let workspaceNav = WorkspaceNavView(.commitments)

    /// - Parameter version: the version the forms claim; by default the one now stored. A refused save keeps the
    ///   version the office's form was made from, so a later stale check stays honest.
    init(
        _ city: OfficeCity, _ detail: CommitmentActionDetail, form: CommitmentForm, today: String,
        version: Int? = nil, saved: Bool = false, stale: Bool = false, messages: Messages
    ) {
        let action = detail.action
        let optedIn = action.commitment?.stance == .optedIn
        self.city = CommitmentListPage.City(name: city.name, href: Paths.city.href(city.slug))
        let content = CommitmentActionContent(action, detail.translations)
        self.action = Action(
            label: content.label.text, labelContent: content.label, href: Paths.action.href(action.actionSlug),
            stanceAction: Paths.commitmentStance.href(action.actionSlug), progressAction: Paths.commitmentProgress.href(action.actionSlug),
            text: content.text, session: content.session, theme: content.theme)
        stance = CommitmentStanceView(action.commitment, messages: messages)
        isOptedIn = optedIn
        offer = optedIn
            ? Offer(status: CommitmentStance.optedOut.rawValue, button: messages.t("Opt out"), noteRequired: true)
            : Offer(status: CommitmentStance.optedIn.rawValue, button: messages.t("Opt in"), noteRequired: false)
        self.form = Form(form, today: today, messages: messages)
        self.version = version ?? action.commitment?.version ?? 0
        let summary = FormErrorSummaryView(form.errors, order: ["note", "note_language", "progress", "progress_note", "progress_note_language", "evidence_url", "date"])
        errors = summary.items.map { FieldError(field: String(($0.href ?? "").dropFirst()), message: $0.message) }
        hasErrors = !form.errors.isEmpty
        errorSummary = summary
        events = detail.events.map { Event($0, messages: messages) }
        hasEvents = !detail.events.isEmpty
        self.saved = saved
        self.stale = stale
    }
}
