/// One piece of a parsed template. The tree is immutable and shared by every render.
indirect enum Node: Sendable {
    /// Literal template text, kept as UTF-8 so rendering only copies bytes.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(Name, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(Name, [Node], inverted: Bool)
    /// `{{>name}}`; `indentation` is the whitespace before a standalone tag, prefixed to every line.
    case partial(TemplateReference)
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: a partial whose blocks this template overrides.
    case parent(TemplateReference, overrides: [String: Block])
    /// `{{$name}}default{{/name}}` outside a parent tag: a place an inheriting template may fill.
    case block(Block)
}

/// A variable or section name: `.` (the implicit iterator) has no parts, `a.b.c` has three.
struct Name: Sendable, Equatable {
    let parts: [String]
    let text: String

    init(_ text: String) {
        self.text = text
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A partial or parent tag: which template it names, where, and how to indent it.
struct TemplateReference: Sendable {
    /// The template's name, or for a dynamic reference (`{{>*field}}`) the tag's text.
    let name: String
    /// For `{{>*field}}`: the context value holding the template's name, resolved at render time.
    let dynamicName: Name?
    let indentation: [UInt8]
    let line: Int
    let column: Int
}

/// A block's content plus the layout facts the spec's reindentation rules need.
struct Block: Sendable {
    let name: String
    let nodes: [Node]
    /// The opening tag stood alone on its line: where a block is *defined* inside a parent tag, its
    /// content's own first-line indentation is stripped before it is placed.
    let isStandalone: Bool
    /// Where a block is *expanded*: the indentation added to every line of an override
    /// (the default content's own indentation, else the tag's); nil when the tag was inline.
    let expansionIndentation: [UInt8]?
    /// The line break of a standalone line holding the whole block, written after it unless the block's
    /// own content already ended the line.
    let lineBreak: [UInt8]
}
