import Mustache

/// Draws a laid-out `NetworkGraph` as inline SVG: networks' lines to their cities under shared-network
/// links under partnership links, then one linked dot and name per city, then one linked, labelled box
/// per network (on top, so that its name is never covered). Every name is escaped here because the
/// markup is rendered raw into the page. Colours and line weights are CSS classes (the CSP forbids `style`).
enum NetworkGraphSVG {
    /// - Parameter regions: the region's name by its slug (a city's `group`), in the page's language: a
    ///   city's tooltip and accessible name say its region in words, not only by the dot's colour.
    static func svg(_ graph: NetworkGraph, positions: [GraphPoint], layout: NetworkGraphLayout, label: String,
                    regions: [String: String] = [:]) -> String {
        precondition(positions.count == graph.nodes.count, "one position per node")
        var svg = """
            <svg class="graph network-graph" viewBox="0 0 \(number(layout.width)) \(number(layout.height))" \
            aria-label="\(HTMLEscaping.escape(label))" xmlns="http://www.w3.org/2000/svg">\n
            """
        let ordered = graph.edges.filter { $0.kind == .membership } + graph.edges.filter { $0.kind == .sharedNetwork }
            + graph.edges.filter { $0.kind == .partnership }
        svg += "<g class=\"graph-edges\">\n"
        for edge in ordered {
            let a = positions[edge.source]
            let b = positions[edge.target]
            let names = "\(graph.nodes[edge.source].name) – \(graph.nodes[edge.target].name)"
            let title = switch edge.kind {
            case .partnership: "\(names): \(edge.labels.joined(separator: "; "))"
            case .sharedNetwork: "\(names) share \(edge.labels.joined(separator: ", "))"
            case .membership: names
            }
            let weight = min(edge.weight, 3)
            svg += "<line class=\"\(edge.kind.rawValue) weight-\(weight)\" x1=\"\(number(a.x))\" y1=\"\(number(a.y))\" "
            svg += "x2=\"\(number(b.x))\" y2=\"\(number(b.y))\"><title>\(HTMLEscaping.escape(title))</title></line>\n"
        }
        svg += "</g>\n<g class=\"graph-nodes\">\n"
        for (index, node) in graph.nodes.enumerated() where node.kind == .city {
            let point = positions[index]
            let name = HTMLEscaping.escape(node.name)
            let described = regions[node.group].map { "\(name) (\(HTMLEscaping.escape($0)))" } ?? name
            // Names on the right half read leftwards so they stay inside the drawing.
            let onRight = point.x > layout.width / 2
            let textX = point.x + (onRight ? -10 : 10)
            svg += "<a href=\"\(HTMLEscaping.escape(node.href))\" aria-label=\"\(described)\">"
            // A transparent disc around the dot: a target a finger can hit (24 px and more on a phone).
            svg += "<circle class=\"node-target\" cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" r=\"14\"/>"
            svg += "<circle class=\"node region-\(HTMLEscaping.escape(node.group))\" cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" r=\"6\">"
            svg += "<title>\(described)</title></circle>"
            svg += "<text x=\"\(number(textX))\" y=\"\(number(point.y + 4))\" text-anchor=\"\(onRight ? "end" : "start")\" aria-hidden=\"true\">"
            svg += "\(name)</text></a>\n"
        }
        svg += "</g>\n<g class=\"graph-hubs\">\n"
        for (index, node) in graph.nodes.enumerated() where node.kind == .network {
            svg += hub(node, at: positions[index], layout: layout)
        }
        return svg + "</g>\n</svg>"
    }

    /// A network's box: its short name on one or two lines, centred on its position and kept inside the
    /// drawing; at least 28 units high, a target of 24 px even where a phone shows the drawing narrower.
    private static func hub(_ node: NetworkGraph.Node, at point: GraphPoint, layout: NetworkGraphLayout) -> String {
        let lines = wrapped(node.name, width: hubLineLength)
        let longest = lines.map(\.count).max() ?? 0
        let width = Double(longest) * 7.4 + 18
        let height = Double(lines.count) * 15 + 13
        let x = min(max(point.x - width / 2, 2), layout.width - width - 2)
        let y = min(max(point.y - height / 2, 2), layout.height - height - 2)
        let full = HTMLEscaping.escape(node.detail ?? node.name)
        // A network's name is the secretariat's English text (there are no translations of network names):
        // marked, so a French or Spanish page says which language its words are in.
        var svg = "<a href=\"\(HTMLEscaping.escape(node.href))\" aria-label=\"\(full)\" lang=\"en\">"
        svg += "<rect class=\"hub\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" rx=\"4\">"
        svg += "<title>\(full)</title></rect>"
        svg += "<text class=\"hub-label\" x=\"\(number(x + width / 2))\" y=\"\(number(y + 19))\" text-anchor=\"middle\" aria-hidden=\"true\">"
        for (offset, line) in lines.enumerated() {
            svg += offset == 0 ? HTMLEscaping.escape(line)
                : "<tspan x=\"\(number(x + width / 2))\" dy=\"15\">\(HTMLEscaping.escape(line))</tspan>"
        }
        return svg + "</text></a>\n"
    }

    /// The characters a network's box holds on one line before its name wraps.
    static let hubLineLength = 18

    /// Splits a name at spaces into lines of about `width` characters, three at most (the rest joins the last).
    static func wrapped(_ name: String, width: Int) -> [String] {
        // A name too long for three lines of `width` gets wider lines rather than a long last one.
        let width = max(width, (name.count + 2) / 3 + 4)
        var lines: [String] = []
        for word in name.split(separator: " ").map(String.init) {
            if let last = lines.last, lines.count == 3 || last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(word)
            }
        }
        return lines.isEmpty ? [name] : lines
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
