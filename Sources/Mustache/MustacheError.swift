/// Why a template could not be loaded or rendered, with the place in the template that caused it.
///
/// `description` reads like a compiler diagnostic, `pages/home.html:12:5: unclosed section 'cities'`,
/// so a failed start points straight at the line to fix.
public struct MustacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers that react differently (a missing page versus a broken template).
    public enum Kind: Sendable, Equatable {
        /// The template text is not valid Mustache.
        case syntax
        /// A partial or parent names a template the library does not have, or `render` was asked for one.
        case missingTemplate
        /// Partials, parents or blocks nested deeper than `TemplateLibrary.maximumDepth`: usually endless recursion.
        case recursionLimit
        /// The template folder or a file in it could not be read.
        case unreadable
        /// Strict rendering only: a tag names something no context on the stack has (a misspelt key).
        case missingName
    }

    public let kind: Kind
    public let message: String
    /// The template's file (relative path with extension) or name; nil when no template is involved.
    public let template: String?
    /// 1-based line and column of the offending tag; 0 when unknown.
    public let line: Int
    public let column: Int

    public init(_ kind: Kind, _ message: String, template: String? = nil, line: Int = 0, column: Int = 0) {
        self.kind = kind
        self.message = message
        self.template = template
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let template else { return message }
        guard line > 0 else { return "\(template): \(message)" }
        return "\(template):\(line):\(column): \(message)"
    }
}
