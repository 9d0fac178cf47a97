/// All templates of the application, parsed once at start and rendered by name on every request.
///
/// Partials (`{{>name}}`) and parents (`{{<name}}`) resolve only to other templates of the same library,
/// never to paths on disk, so a template cannot reach outside it. The library is an immutable value:
/// share one across all request handlers.
///
///     let templates = try TemplateLibrary(directory: "Templates")
///     let html = try templates.render("pages/home", ["title": "Cities", "count": 12])
public struct TemplateLibrary: Sendable {
    /// Partials, parents and blocks nest at most this deep; deeper means a template recurses without end.
    public static let maximumDepth = 100

    private let templates: [String: Template]

    /// Strict rendering: a tag whose name no context on the stack has (a typo in a template or a key a view
    /// model forgot) fails the render with `.missingName` instead of rendering as nothing. A name that is
    /// present with a nil value is not missing. The Mustache spec asks for the lenient behaviour, so it is
    /// off by default; the application's tests turn it on.
    public var isStrict = false

    /// Sections the application renders itself, by name (`{{#t}}…{{/t}}`): see `MustacheHelper`.
    public var helpers: [String: MustacheHelper] = [:]

    /// Parses templates given as source text, keyed by name (`"layout"`, `"pages/home"`).
    ///
    /// - Parameter allowMissingPartials: when false (the default) a partial or parent naming a template
    ///   that is not in `templates` is an error; when true it renders as nothing, as the Mustache spec says.
    /// - Throws: `MustacheError` naming the template, line and column of the first problem.
    public init(templates sources: [String: String], allowMissingPartials: Bool = false) throws(MustacheError) {
        try self.init(
            sources: sources.map { (name: $0.key, sourceName: $0.key, text: $0.value) },
            allowMissingPartials: allowMissingPartials)
    }

    init(sources: [(name: String, sourceName: String, text: String)], allowMissingPartials: Bool) throws(MustacheError) {
        var templates: [String: Template] = [:]
        // Sorted so that, with several broken files, the same one is reported on every start.
        for source in sources.sorted(by: { $0.name < $1.name }) {
            templates[source.name] = try Template(source: source.text, sourceName: source.sourceName)
        }
        if !allowMissingPartials {
            try Self.checkReferences(in: templates)
        }
        self.templates = templates
    }

    private static func checkReferences(in templates: [String: Template]) throws(MustacheError) {
        for name in templates.keys.sorted() {
            let template = templates[name]!
            // Dynamic names depend on data, so only a render can tell; they render as nothing when missing.
            for reference in template.references where reference.dynamicName == nil && templates[reference.name] == nil {
                throw MustacheError(
                    .missingTemplate, "no template named '\(reference.name)'",
                    template: template.sourceName, line: reference.line, column: reference.column)
            }
        }
    }

    /// The names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Whether a template of that name exists.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders the named template against `context`, HTML-escaping every `{{value}}`.
    ///
    /// - Throws: `MustacheError` of kind `.missingTemplate` for an unknown name, `.recursionLimit` when
    ///   partials nest deeper than `maximumDepth`.
    public func render(_ name: String, _ context: MustacheValue) throws(MustacheError) -> String {
        String(decoding: try renderBytes(name, context), as: UTF8.self)
    }

    /// Renders to UTF-8 bytes, ready to be an HTTP response body without another copy through `String`.
    public func renderBytes(_ name: String, _ context: MustacheValue) throws(MustacheError) -> [UInt8] {
        guard let template = templates[name] else {
            throw MustacheError(.missingTemplate, "no template named '\(name)'")
        }
        var renderer = TemplateRenderer(
            templates: templates, maximumDepth: Self.maximumDepth, context: context, templateName: template.sourceName,
            isStrict: isStrict, helpers: helpers)
        try renderer.render(template.nodes)
        return renderer.output
    }
}
