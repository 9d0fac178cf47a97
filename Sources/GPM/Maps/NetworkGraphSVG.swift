import Mustache

/// Draws a laid-out `NetworkGraph` as inline SVG: shared-network links under partnership links,
/// then one linked dot and name per city. Every name is escaped here because the markup is
/// rendered raw into the page. Colours and line weights are CSS classes (the CSP forbids `style`).
enum NetworkGraphSVG {
    static func svg(_ graph: NetworkGraph, positions: [GraphPoint], layout: NetworkGraphLayout, label: String) -> String {
        precondition(positions.count == graph.nodes.count, "one position per node")
        var svg = """
            <svg class="graph network-graph" viewBox="0 0 \(number(layout.width)) \(number(layout.height))" \
            aria-label="\(HTMLEscaping.escape(label))" xmlns="http://www.w3.org/2000/svg">\n
            """
        let ordered = graph.edges.filter { $0.kind == .sharedNetwork } + graph.edges.filter { $0.kind == .partnership }
        svg += "<g class=\"graph-edges\">\n"
        for edge in ordered {
            let a = positions[edge.source]
            let b = positions[edge.target]
            let names = "\(graph.nodes[edge.source].name) – \(graph.nodes[edge.target].name)"
            let title = edge.kind == .partnership
                ? "\(names): \(edge.labels.joined(separator: "; "))"
                : "\(names) share \(edge.labels.joined(separator: ", "))"
            let weight = min(edge.weight, 3)
            svg += "<line class=\"\(edge.kind.rawValue) weight-\(weight)\" x1=\"\(number(a.x))\" y1=\"\(number(a.y))\" "
            svg += "x2=\"\(number(b.x))\" y2=\"\(number(b.y))\"><title>\(HTMLEscaping.escape(title))</title></line>\n"
        }
        svg += "</g>\n<g class=\"graph-nodes\">\n"
        for (index, node) in graph.nodes.enumerated() {
            let point = positions[index]
            let name = HTMLEscaping.escape(node.name)
            // Names on the right half read leftwards so they stay inside the drawing.
            let onRight = point.x > layout.width / 2
            let textX = point.x + (onRight ? -9 : 9)
            svg += "<a href=\"\(HTMLEscaping.escape(node.href))\" aria-label=\"\(name)\">"
            // A transparent disc around the dot: a target a finger can hit (24 px and more on a phone).
            svg += "<circle class=\"node-target\" cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" r=\"14\"/>"
            svg += "<circle class=\"node region-\(HTMLEscaping.escape(node.group))\" cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" r=\"6\">"
            svg += "<title>\(name)</title></circle>"
            svg += "<text x=\"\(number(textX))\" y=\"\(number(point.y + 4))\" text-anchor=\"\(onRight ? "end" : "start")\" aria-hidden=\"true\">"
            svg += "\(name)</text></a>\n"
        }
        return svg + "</g>\n</svg>"
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
