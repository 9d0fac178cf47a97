/// One parsed template: its node tree and the name its errors are reported under.
struct Template: Sendable {
    /// What error messages call it: the file's relative path (`pages/home.html`) or the library name.
    let sourceName: String
    let nodes: [Node]

    init(source: String, sourceName: String) throws(MustacheError) {
        self.sourceName = sourceName
        self.nodes = try TemplateParser.parse(source, templateName: sourceName)
    }

    /// Every partial and parent this template names, with where it names them.
    var references: [TemplateReference] {
        var found: [TemplateReference] = []
        Self.collectReferences(in: nodes, into: &found)
        return found
    }

    private static func collectReferences(in nodes: [Node], into found: inout [TemplateReference]) {
        for node in nodes {
            switch node {
            case .text, .variable: continue
            case .section(_, let content, _): collectReferences(in: content, into: &found)
            case .partial(let reference): found.append(reference)
            case .parent(let reference, let overrides):
                found.append(reference)
                for block in overrides.values { collectReferences(in: block.nodes, into: &found) }
            case .block(let block): collectReferences(in: block.nodes, into: &found)
            }
        }
    }
}
