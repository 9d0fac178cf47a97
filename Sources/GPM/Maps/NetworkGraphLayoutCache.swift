import Foundation

/// Remembers the last graph laid out and its positions: the force-directed layout costs
/// milliseconds per request while the registry changes rarely, and the same graph always gets the
/// same layout, so a hit is exactly what a fresh computation would return.
///
/// `@unchecked Sendable`: the only mutable state, `last`, is read and written while holding `lock`.
final class NetworkGraphLayoutCache: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (graph: NetworkGraph, layout: NetworkGraphLayout, positions: [GraphPoint])?

    func positions(for graph: NetworkGraph, layout: NetworkGraphLayout) -> [GraphPoint] {
        if let hit = lock.withLock({ last }), hit.graph == graph, hit.layout == layout { return hit.positions }
        let positions = layout.positions(for: graph)
        lock.withLock { last = (graph, layout, positions) }
        return positions
    }
}
