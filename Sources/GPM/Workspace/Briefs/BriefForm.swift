import HTTP

/// The brief edit form as posted: the text fields, the ticked actions, themes and SDGs, and the
/// version the form was loaded at. Unknown or malformed ids are dropped here; ids that do not exist
/// are refused by the workflow.
struct BriefForm: Sendable {
    var fields: BriefFields
    var version: Int?

    init(fields: BriefFields, version: Int?) {
        self.fields = fields
        self.version = version
    }

    init(_ form: FormFields) {
        var fields = BriefFields()
        for field in BriefFields.textFields { fields[field.key] = form[field.key] ?? "" }
        fields.language = form["language"] ?? "en"
        func ids(_ name: String) -> [Int] { form.filter { $0.name == name }.compactMap { Int($0.value) } }
        fields.actionIDs = ids("action")
        fields.themeIDs = ids("theme")
        fields.sdgNumbers = ids("sdg")
        self.fields = fields
        version = form["version"].flatMap { Int($0) }
    }

    /// The form as it was kept when its session expired (`KeptForm`).
    init(_ kept: KeptForm) {
        var fields = BriefFields()
        for field in BriefFields.textFields { fields[field.key] = kept[field.key] ?? "" }
        fields.language = kept["language"] ?? "en"
        func ids(_ name: String) -> [Int] { kept.values(for: name).compactMap { Int($0) } }
        fields.actionIDs = ids("action")
        fields.themeIDs = ids("theme")
        fields.sdgNumbers = ids("sdg")
        self.fields = fields
        version = kept["version"].flatMap { Int($0) }
    }

    /// The message beside the language field when it is not a language tag; nil when it is.
    func languageError(_ messages: Messages) -> String? {
        ContentLanguage(validating: fields.language) == nil
            ? messages.t("Enter the language as a tag such as en, fr, es-419 or ar (BCP 47).") : nil
    }
}

/// Resolving the city office of a request: the city always comes from the signed-in user, never the form.
extension AppContext {
    /// The signed-in office and its city id; 403 for anyone who does not file briefs for a city.
    func requireBriefOffice(_ request: Request) throws -> (signedIn: SignedIn, cityID: Int) {
        let signedIn = try require(.viewWorkspace, request)
        guard let cityID = signedIn.user.cityID, Policy.can(signedIn.user, .fileBrief(cityID)) else {
            throw HTTPError(.forbidden, messages.t("Mayor Briefs are filed by the office of their city; your account is not a city office."))
        }
        return (signedIn, cityID)
    }
}

/// Runs `body`, turning a workflow refusal into its error page, written in the language of `messages`.
func briefPage(_ messages: Messages, _ body: () throws -> Response) throws -> Response {
    do { return try body() } catch let error as BriefWorkflowError { throw error.httpError(messages) }
}
