/// Builds the node tree from tokens: matches every section, parent and block with its closing tag.
struct TemplateParser {
    private let tokens: [Token]
    private let templateName: String
    private var index = 0

    init(tokens: [Token], templateName: String) {
        self.tokens = tokens
        self.templateName = templateName
    }

    /// Parses a whole template.
    static func parse(_ source: String, templateName: String) throws(MustacheError) -> [Node] {
        var tokenizer = TemplateTokenizer(source: source, templateName: templateName)
        let tokens = StandaloneLines.apply(to: try tokenizer.tokenize())
        var parser = TemplateParser(tokens: tokens, templateName: templateName)
        return try parser.parseNodes(closing: nil)
    }

    /// Parses until the `{{/name}}` that closes `opener` (or the end of the template when `opener` is nil).
    private mutating func parseNodes(closing opener: Token?) throws(MustacheError) -> [Node] {
        var nodes: [Node] = []
        var pendingText: [UInt8] = []
        func flushText() {
            if !pendingText.isEmpty { nodes.append(.text(pendingText)) }
            pendingText = []
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard case .tag(let kind, let name) = token.kind else {
                if case .text(let bytes) = token.kind { pendingText.append(contentsOf: bytes) }
                continue
            }
            if kind == .comment || kind == .setDelimiter { continue }
            flushText()
            switch kind {
            case .variable, .raw:
                nodes.append(.variable(Name(name), escaped: kind == .variable))
            case .section, .inverted:
                let content = try parseNodes(closing: token)
                nodes.append(.section(Name(name), content, inverted: kind == .inverted))
            case .partial:
                nodes.append(.partial(reference(to: name, at: token)))
            case .parent:
                let content = try parseNodes(closing: token)
                nodes.append(.parent(reference(to: name, at: token), overrides: try overrides(in: content, of: token)))
            case .block:
                let content = try parseNodes(closing: token)
                nodes.append(.block(block(name, content, openedBy: token, closedBy: tokens[index - 1])))
            case .close:
                guard let opener, case .tag(_, let openName) = opener.kind else {
                    throw error("'{{/\(name)}}' closes nothing", at: token)
                }
                guard openName == name else {
                    throw error("'{{/\(name)}}' does not close '\(openName)' opened at line \(opener.line)", at: token)
                }
                return nodes
            case .comment, .setDelimiter:
                break
            }
        }
        flushText()
        if let opener, case .tag(_, let openName) = opener.kind {
            throw error("'\(openName)' is never closed (expected '{{/\(openName)}}')", at: opener)
        }
        return nodes
    }

    private func reference(to name: String, at token: Token) -> TemplateReference {
        TemplateReference(
            name: name, dynamicName: name.hasPrefix("*") ? Name(String(name.dropFirst())) : nil,
            indentation: token.isStandalone ? token.indentation : [], line: token.line, column: token.column)
    }

    private func block(_ name: String, _ content: [Node], openedBy token: Token, closedBy close: Token) -> Block {
        var expansionIndentation: [UInt8]?
        if token.isStandalone {
            expansionIndentation = token.indentation
            if case .text(let bytes)? = content.first {
                let intrinsic = bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                if !intrinsic.isEmpty { expansionIndentation = Array(intrinsic) }
            }
        }
        return Block(
            name: name, nodes: content, isStandalone: token.isStandalone, expansionIndentation: expansionIndentation,
            lineBreak: close.keptLineBreak)
    }

    /// Inside a parent tag only block definitions count; stray text (often just layout whitespace) is
    /// ignored as the spec requires, and any other tag is a mistake worth reporting.
    private func overrides(in content: [Node], of parent: Token) throws(MustacheError) -> [String: Block] {
        var overrides: [String: Block] = [:]
        for node in content {
            switch node {
            case .text: continue
            case .block(let block): overrides[block.name] = block
            default: throw error("only {{$block}} tags and text may appear directly inside a parent tag", at: parent)
            }
        }
        return overrides
    }

    private func error(_ message: String, at token: Token) -> MustacheError {
        MustacheError(.syntax, message, template: templateName, line: token.line, column: token.column)
    }
}
