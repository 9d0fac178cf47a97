/// A section that the application renders itself from its raw text: `{{#t}}Member cities{{/t}}` with a
/// helper named `t` hands "Member cities" to the helper, which returns the HTML to write (a translation,
/// say). The section may hold text only — no tags — so its text is known when the template is written and
/// a tool can extract it. Placeholders inside that text are the helper's business; it resolves them
/// through `lookUp`, which searches the context stack as `{{name}}` would (strict rendering included).
///
/// Helpers take precedence over context names: a view model cannot shadow them.
public struct MustacheHelper: Sendable {
    /// Resolves a (possibly dotted) name against the render's context stack.
    public typealias LookUp = (String) throws(MustacheError) -> MustacheValue

    let render: @Sendable (_ text: String, _ lookUp: LookUp) throws(MustacheError) -> String

    /// - Parameter render: given the section's text and a name resolver, returns the HTML to append
    ///   (already escaped where it must be: it is written as is).
    public init(_ render: @escaping @Sendable (_ text: String, _ lookUp: LookUp) throws(MustacheError) -> String) {
        self.render = render
    }
}
