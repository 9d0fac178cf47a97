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
    var height = 700.0
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
            for edge in graph.edges {
                let dx = points[edge.source].x - points[edge.target].x
                let dy = points[edge.source].y - points[edge.target].y
                let distance = max((dx * dx + dy * dy).squareRoot(), 0.01)
                // Partnerships pull harder than shared networks: they are the graph's subject.
                let strength = (edge.kind == .partnership ? 2.0 : 1.0) * Double(min(edge.weight, 3))
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
                points[i].x = clamp(points[i].x + moves[i].x / length * step, margin, width - margin)
                points[i].y = clamp(points[i].y + moves[i].y / length * step, margin, height - margin)
            }
            temperature -= cooling
        }
        return separated(fitted(points))
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

    /// Pushes apart pairs closer than `minimumDistance`, a few sweeps at most.
    private func separated(_ input: [GraphPoint]) -> [GraphPoint] {
        var points = input
        for _ in 0..<100 {
            var moved = false
            for i in 0..<points.count {
                for j in (i + 1)..<points.count {
                    var dx = points[j].x - points[i].x
                    var dy = points[j].y - points[i].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    guard distance < minimumDistance else { continue }
                    if distance < 0.001 { (dx, dy, distance) = (1, Double(j - i) / Double(points.count), 1) }
                    let push = (minimumDistance - distance) / 2 + 0.5
                    points[i].x = clamp(points[i].x - dx / distance * push, margin, width - margin)
                    points[i].y = clamp(points[i].y - dy / distance * push, margin, height - margin)
                    points[j].x = clamp(points[j].x + dx / distance * push, margin, width - margin)
                    points[j].y = clamp(points[j].y + dy / distance * push, margin, height - margin)
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
