/// One render: walks a template's node tree against a context stack, appending into a single byte buffer.
///
/// A fresh renderer per call keeps all mutable state local, so one `TemplateLibrary` serves any number of
/// concurrent requests without locks.
struct TemplateRenderer {
    private let templates: [String: Template]
    private let maximumDepth: Int
    private(set) var output: [UInt8] = []
    private var contextStack: [MustacheValue]
    /// Block overrides of the enclosing parent tags, outermost first: the outermost definition wins.
    private var overrideStack: [(blocks: [String: Block], source: String)] = []
    /// Indentation of the standalone partials being rendered, prefixed to each line of their text.
    private var indentation: [UInt8] = []
    private var atLineStart = true
    private var depth = 0
    /// The template being rendered, for error messages.
    private var currentTemplate: String
    /// See `TemplateLibrary.isStrict`.
    private let isStrict: Bool
    /// See `TemplateLibrary.helpers`.
    private let helpers: [String: MustacheHelper]

    init(
        templates: [String: Template], maximumDepth: Int, context: MustacheValue, templateName: String, isStrict: Bool = false,
        helpers: [String: MustacheHelper] = [:]
    ) {
        self.isStrict = isStrict
        self.helpers = helpers
        self.templates = templates
        self.maximumDepth = maximumDepth
        self.contextStack = [context]
        self.currentTemplate = templateName
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [Node]) throws(MustacheError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                appendText(bytes)
            case .variable(let name, let escaped):
                appendValue(try lookUp(name), escaped: escaped)
            case .section(let name, let content, let inverted):
                if !inverted, !helpers.isEmpty, name.parts.count == 1, let helper = helpers[name.text] {
                    try renderHelper(helper, name, content)
                } else {
                    try renderSection(try lookUp(name), content, inverted: inverted)
                }
            case .partial(let reference):
                try renderTemplate(reference, overrides: nil)
            case .parent(let reference, let overrides):
                try renderTemplate(reference, overrides: overrides)
            case .block(let block):
                try renderBlock(block)
            }
        }
    }

    private mutating func renderSection(_ value: MustacheValue, _ content: [Node], inverted: Bool) throws(MustacheError) {
        if inverted {
            if !value.isTruthy { try render(content) }
            return
        }
        switch value {
        case .array(let items):
            for item in items {
                contextStack.append(item)
                try render(content)
                contextStack.removeLast()
            }
        case _ where !value.isTruthy:
            return
        default:
            contextStack.append(value)
            try render(content)
            contextStack.removeLast()
        }
    }

    /// A helper section: its text goes to the helper, whose HTML is written as is.
    private mutating func renderHelper(_ helper: MustacheHelper, _ name: Name, _ content: [Node]) throws(MustacheError) {
        var text: [UInt8] = []
        for node in content {
            guard case .text(let bytes) = node else {
                throw MustacheError(.syntax, "the section '\(name.text)' holds text only (no tags): it is a helper", template: currentTemplate)
            }
            text += bytes
        }
        let renderer = self
        let html = try helper.render(String(decoding: text, as: UTF8.self)) { (name: String) throws(MustacheError) -> MustacheValue in
            try renderer.lookUp(Name(name))
        }
        appendText(Array(html.utf8))
    }

    /// Partials and parents: a missing template renders nothing, as the spec asks; `TemplateLibrary`
    /// refuses such references at load time unless told otherwise.
    private mutating func renderTemplate(_ reference: TemplateReference, overrides: [String: Block]?) throws(MustacheError) {
        let name: String
        if let dynamic = reference.dynamicName {
            name = try lookUp(dynamic).interpolatedText
        } else {
            name = reference.name
        }
        guard let template = templates[name] else { return }
        try enterNesting(reference.name, at: reference)
        let savedIndentation = indentation
        let savedTemplate = currentTemplate
        if !reference.indentation.isEmpty {
            indentation += reference.indentation
            atLineStart = true
        }
        // The overrides were written in the template that holds the parent tag: errors inside them name it.
        if let overrides { overrideStack.append((overrides, savedTemplate)) }
        currentTemplate = template.sourceName
        try render(template.nodes)
        currentTemplate = savedTemplate
        if overrides != nil { overrideStack.removeLast() }
        indentation = savedIndentation
        depth -= 1
    }

    private mutating func renderBlock(_ block: Block) throws(MustacheError) {
        let start = output.count
        try renderBlockContent(block)
        if !block.lineBreak.isEmpty, output.count > start, output.last != UInt8(ascii: "\n") {
            appendText(block.lineBreak)
        }
    }

    private mutating func renderBlockContent(_ block: Block) throws(MustacheError) {
        guard let (override, source) = overrideStack.lazy.compactMap({ entry in entry.blocks[block.name].map { ($0, entry.source) } }).first
        else {
            try render(block.nodes)
            return
        }
        try enterNesting(block.name, at: nil)
        let savedTemplate = currentTemplate
        currentTemplate = source
        defer {
            depth -= 1
            currentTemplate = savedTemplate
        }
        guard override.isStandalone || block.expansionIndentation != nil else {
            try render(override.nodes)
            return
        }
        // Reindent (spec "Block reindentation"): drop the indentation the override had where it was
        // written, add the one of the place it lands. Needs the rendered lines, hence a side buffer.
        let savedOutput = output
        let savedIndentation = indentation
        let savedAtLineStart = atLineStart
        output = []
        indentation = []
        atLineStart = true
        try render(override.nodes)
        var lines = output
        output = savedOutput
        indentation = savedIndentation
        atLineStart = savedAtLineStart
        if override.isStandalone { lines = Indentation.removingFirstLineIndentation(lines) }
        if let added = block.expansionIndentation, !added.isEmpty { lines = Indentation.indenting(lines, with: added) }
        appendText(lines)
    }

    private mutating func enterNesting(_ name: String, at reference: TemplateReference?) throws(MustacheError) {
        guard depth < maximumDepth else {
            throw MustacheError(
                .recursionLimit, "'\(name)' nested more than \(maximumDepth) levels deep: endless recursion?",
                template: currentTemplate, line: reference?.line ?? 0, column: reference?.column ?? 0)
        }
        depth += 1
    }

    // MARK: Context lookup

    /// The spec's rule: the first name part is searched down the context stack, the rest only inside
    /// what it found, so `a.b` never picks up a `b` from elsewhere.
    private func lookUp(_ name: Name) throws(MustacheError) -> MustacheValue {
        guard let first = name.parts.first else { return contextStack.last ?? .null }
        var found: MustacheValue?
        for frame in contextStack.reversed() {
            if let value = frame[first] {
                found = value
                break
            }
        }
        guard var value = found else {
            if isStrict { throw missing(name, part: first) }
            return .null
        }
        for part in name.parts.dropFirst() {
            guard let member = value[part] else {
                // `{{user.name}}` with a nil user is a nil value, not a missing name.
                if isStrict, value != .null { throw missing(name, part: part) }
                return .null
            }
            value = member
        }
        return value
    }

    private func missing(_ name: Name, part: String) -> MustacheError {
        MustacheError(.missingName, "no value named '\(part)' for '{{\(name.text)}}' in any context (strict rendering)",
                      template: currentTemplate)
    }

    // MARK: Output

    private mutating func appendText(_ bytes: [UInt8]) {
        guard !indentation.isEmpty else {
            output.append(contentsOf: bytes)
            return
        }
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = (bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count - 1) + 1
            if atLineStart { output.append(contentsOf: indentation) }
            output.append(contentsOf: bytes[lineStart..<lineEnd])
            atLineStart = bytes[lineEnd - 1] == UInt8(ascii: "\n")
            lineStart = lineEnd
        }
    }

    /// Interpolated values are indented where they start but never inside: their line breaks are data.
    private mutating func appendValue(_ value: MustacheValue, escaped: Bool) {
        let text = value.interpolatedText
        guard !text.isEmpty else { return }
        if !indentation.isEmpty, atLineStart {
            output.append(contentsOf: indentation)
            atLineStart = false
        }
        if escaped {
            HTMLEscaping.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }
}
