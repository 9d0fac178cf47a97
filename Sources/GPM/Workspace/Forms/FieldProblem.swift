/// A refusal's message and the control it is about (its id), so the page marks that field
/// (`aria-invalid`, `aria-describedby`) and the error summary links to it.
struct FieldProblem: Sendable, Equatable {
    /// The control's id in the form (`password`, `confirm`, …).
    let field: String
    let message: String

    init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}
