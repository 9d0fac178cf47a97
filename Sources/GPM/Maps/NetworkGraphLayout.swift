/// A point of the graph's drawing, in viewBox units.
struct GraphPoint: Sendable, Equatable {
    var x: Double
    var y: Double
}

/// Places a `NetworkGraph`'s nodes in a box with the Fruchterman–Reingold force-directed
/// algorithm: nodes repel each other, edges pull their ends together, a weak gravity keeps
/// unconnected parts on the page, and a cooling temperature bounds every move.
///
/// The layout is deterministic: start positions come from a fixed-seed generator, and a final pass
/// pushes apart nodes closer than `minimumDistance` so that no two dots cover each other.
struct NetworkGraphLayout: Sendable, Equatable {
    var width = 1000.0
    var height = 760.0
    /// Space kept free at the edges, for the dots and the start of their labels.
    var margin = 40.0
    var iterations = 300
    var seed: UInt64 = 0x5EED_6A9A
    var minimumDistance = 26.0

    func positions(for graph: NetworkGraph) -> [GraphPoint] {
        let count = graph.nodes.count
        guard count > 0 else { return [] }
        var random = SplitMix64(seed: seed)
        var points = (0..<count).map { _ in
            GraphPoint(x: margin + random.unit() * (width - 2 * margin), y: margin + random.unit() * (height - 2 * margin))
        }
        guard count > 1 else { return [GraphPoint(x: width / 2, y: height / 2)] }

        let area = (width - 2 * margin) * (height - 2 * margin)
        let k = (area / Double(count)).squareRoot()
        var temperature = width / 10
        let cooling = temperature / Double(iterations + 1)
        let center = GraphPoint(x: width / 2, y: height / 2)
        // A hub's lines pull by one over the square root of its size: a network of 20 cities must not
        // pull its cities into one knot, nor beat the partnerships, which are the drawing's subject.
        let pull: [Double] = graph.edges.map { edge in
            switch edge.kind {
            case .partnership: 2.0 * Double(min(edge.weight, 3))
            case .sharedNetwork: Double(min(edge.weight, 3))
            case .membership:
                1.0 / Double(max(graph.degree(of: graph.nodes[edge.source].kind == .network ? edge.source : edge.target,
                                              kind: .membership), 1)).squareRoot()
            }
        }
        for _ in 0..<iterations {
            var moves = [GraphPoint](repeating: GraphPoint(x: 0, y: 0), count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    var dx = points[i].x - points[j].x
                    var dy = points[i].y - points[j].y
                    if dx == 0 && dy == 0 { (dx, dy) = (0.01 * Double(i + 1), 0.01 * Double(j + 1)) }
                    let distance = max((dx * dx + dy * dy).squareRoot(), 0.01)
                    let force = k * k / distance
                    moves[i].x += dx / distance * force
                    moves[i].y += dy / distance * force
                    moves[j].x -= dx / distance * force
                    moves[j].y -= dy / distance * force
                }
            }
            for (edge, strength) in zip(graph.edges, pull) {
                let dx = points[edge.source].x - points[edge.target].x
                let dy = points[edge.source].y - points[edge.target].y
                let distance = max((dx * dx + dy * dy).squareRoot(), 0.01)
                let force = distance * distance / k * strength
                moves[edge.source].x -= dx / distance * force
                moves[edge.source].y -= dy / distance * force
                moves[edge.target].x += dx / distance * force
                moves[edge.target].y += dy / distance * force
            }
            for i in 0..<count {
                moves[i].x += (center.x - points[i].x) * 0.05 * k / 10
                moves[i].y += (center.y - points[i].y) * 0.05 * k / 10
                let length = max((moves[i].x * moves[i].x + moves[i].y * moves[i].y).squareRoot(), 0.01)
                let step = min(length, temperature)
                // Unbounded while it settles (a wall would pile the outer nodes along it); `fitted` scales
                // the result into the box afterwards.
                points[i].x += moves[i].x / length * step
                points[i].y += moves[i].y / length * step
            }
            temperature -= cooling
        }
        let radii = graph.nodes.map(radius)
        return separated(unstacked(separated(fitted(evened(points)), radii: radii), graph), radii: radii)
    }

    /// The box a node's name covers, as `NetworkGraphSVG` draws it: a city's name beside its dot (to the
    /// left on the right half, at about 6.8 units a character of 12 px type), a network's box around its centre.
    func labelBox(_ node: NetworkGraph.Node, at point: GraphPoint) -> (minX: Double, maxX: Double, minY: Double, maxY: Double) {
        if node.kind == .network {
            let lines = NetworkGraphSVG.wrapped(node.name, width: NetworkGraphSVG.hubLineLength)
            let half = Double(lines.map(\.count).max() ?? 0) * 3.7 + 9
            let height = Double(lines.count) * 15 + 13
            return (point.x - half, point.x + half, point.y - height / 2, point.y + height / 2)
        }
        let text = Double(node.name.count) * 6.8 + 10
        return point.x > width / 2
            ? (point.x - text, point.x + 7, point.y - 9, point.y + 9)
            : (point.x - 7, point.x + text, point.y - 9, point.y + 9)
    }

    /// Moves apart, up and down, nodes whose names would cover each other (names run sideways, so a
    /// small vertical step frees them), a few sweeps at most.
    private func unstacked(_ input: [GraphPoint], _ graph: NetworkGraph) -> [GraphPoint] {
        var points = input
        for _ in 0..<60 {
            var moved = false
            for i in 0..<points.count {
                for j in (i + 1)..<points.count {
                    let a = labelBox(graph.nodes[i], at: points[i])
                    let b = labelBox(graph.nodes[j], at: points[j])
                    guard a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY else { continue }
                    let overlap = min(a.maxY - b.minY, b.maxY - a.minY)
                    let step = overlap / 2 + 0.5
                    let iAbove = points[i].y < points[j].y || (points[i].y == points[j].y && i < j)
                    points[i].y = clamp(points[i].y + (iAbove ? -step : step), margin, height - margin)
                    points[j].y = clamp(points[j].y + (iAbove ? step : -step), margin, height - margin)
                    moved = true
                }
            }
            if !moved { break }
        }
        return points
    }

    /// Spreads the nodes evenly over a disc, keeping each one's direction from the centre and the order of
    /// their distances: a few loosely linked cities far out would otherwise leave the well-linked middle,
    /// where most names are, crowded into a small part of the box once the drawing is scaled to fit.
    private func evened(_ points: [GraphPoint]) -> [GraphPoint] {
        guard points.count > 2 else { return points }
        let cx = points.map(\.x).reduce(0, +) / Double(points.count)
        let cy = points.map(\.y).reduce(0, +) / Double(points.count)
        let byDistance = points.indices.sorted {
            let (a, b) = (points[$0], points[$1])
            return ((a.x - cx) * (a.x - cx) + (a.y - cy) * (a.y - cy), $0) < ((b.x - cx) * (b.x - cx) + (b.y - cy) * (b.y - cy), $1)
        }
        var result = points
        for (rank, index) in byDistance.enumerated() {
            let dx = points[index].x - cx, dy = points[index].y - cy
            let length = (dx * dx + dy * dy).squareRoot()
            // Equal area for each node: the radius grows with the square root of the rank.
            let radius = ((Double(rank) + 0.5) / Double(points.count)).squareRoot()
            result[index] = length < 1e-9 ? GraphPoint(x: cx, y: cy)
                : GraphPoint(x: cx + dx / length * radius, y: cy + dy / length * radius)
        }
        return result
    }

    /// Half the room a node needs: a city's dot, or half a network's box (its name, wrapped as
    /// `NetworkGraphSVG` wraps it, about 7.4 units a character).
    private func radius(_ node: NetworkGraph.Node) -> Double {
        guard node.kind == .network else { return minimumDistance / 2 }
        let longest = NetworkGraphSVG.wrapped(node.name, width: NetworkGraphSVG.hubLineLength).map(\.count).max() ?? 0
        return max(Double(longest) * 3.7 + 9 + minimumDistance / 2, minimumDistance / 2)
    }

    /// Scales the drawing to fill the box, so a tight cluster does not sit small in the middle.
    private func fitted(_ points: [GraphPoint]) -> [GraphPoint] {
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        let (minX, maxX, minY, maxY) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let scaleX = maxX > minX ? (width - 2 * margin) / (maxX - minX) : 1
        let scaleY = maxY > minY ? (height - 2 * margin) / (maxY - minY) : 1
        return points.map { point in
            GraphPoint(x: maxX > minX ? margin + (point.x - minX) * scaleX : width / 2,
                       y: maxY > minY ? margin + (point.y - minY) * scaleY : height / 2)
        }
    }

    /// Pushes apart pairs closer than the sum of their radii (`minimumDistance` for two cities), a few
    /// sweeps at most.
    private func separated(_ input: [GraphPoint], radii: [Double]) -> [GraphPoint] {
        // A network's box is wider than the margin: its centre keeps half its width from the edges.
        func inside(_ point: GraphPoint, _ radius: Double) -> GraphPoint {
            let side = max(margin, radius + 2)
            return GraphPoint(x: clamp(point.x, side, width - side), y: clamp(point.y, margin, height - margin))
        }
        var points = input.indices.map { inside(input[$0], radii[$0]) }
        for _ in 0..<100 {
            var moved = false
            for i in 0..<points.count {
                for j in (i + 1)..<points.count {
                    var dx = points[j].x - points[i].x
                    var dy = points[j].y - points[i].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    let needed = radii[i] + radii[j]
                    guard distance < needed else { continue }
                    if distance < 0.001 { (dx, dy, distance) = (1, Double(j - i) / Double(points.count), 1) }
                    let push = (needed - distance) / 2 + 0.5
                    points[i] = inside(GraphPoint(x: points[i].x - dx / distance * push, y: points[i].y - dy / distance * push), radii[i])
                    points[j] = inside(GraphPoint(x: points[j].x + dx / distance * push, y: points[j].y + dy / distance * push), radii[j])
                    moved = true
                }
            }
            if !moved { break }
        }
        return points
    }

    private func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double { min(max(value, low), high) }
}

/// A small, seedable pseudo-random generator (SplitMix64): the same seed gives the same layout on
/// every machine, which `SystemRandomNumberGenerator` cannot.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
