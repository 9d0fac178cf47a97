/// The message beside each field of the password forms (account, invitation, reset link), from the one
/// problem a refusal names: the template marks that field and the summary links to it.
struct PasswordFieldErrors: Encodable, Sendable {
    let email: String?
    let name: String?
    let current: String?
    let password: String?
    let confirm: String?

    init(_ problem: FieldProblem?) {
        func on(_ field: String) -> String? { problem?.field == field ? problem?.message : nil }
        email = on("email")
        name = on("name")
        current = on("current")
        password = on("password")
        confirm = on("confirm")
    }

    /// The page's error summary for the same problem.
    static func summary(_ problem: FieldProblem?) -> FormErrorSummaryView {
        FormErrorSummaryView(problem.map { [(id: $0.field, message: $0.message)] } ?? [])
    }
}
