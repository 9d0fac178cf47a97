/// One result of best-practice search: the index entries that show as one — a city's yearly series of
/// Mayor Briefs, or a single case study, partnership or action — gathered from the matching keys.
struct SearchGroup {
    /// The group's identity: minus the city for a brief series (`SearchKey.groupSQL` in Swift), else the key.
    let id: Int
    /// Every matching entry of the group, in the order the index gave them.
    var members: [Int]
    /// The entry the result shows: the best-ranked one, the newest among equals.
    var best: Int
    var bestRank: Double
    /// The newest (largest) key of the group.
    var newest: Int
    /// Whether an entry of the group matched in its title (set by the caller).
    var hasTitleHit = false

    static func id(of key: Int) -> Int {
        SearchKey.kind(key) == .brief ? -SearchKey.briefCity(key) : key
    }

    /// The groups of `keys`, each entry ranked by `rank` (lower is better; bm25's sign), in the order
    /// of their first entry.
    static func grouping(_ keys: [Int], rank: (Int) -> Double) -> [SearchGroup] {
        var groups: [SearchGroup] = []
        groups.reserveCapacity(min(keys.count, 1_024))
        var position: [Int: Int] = [:]
        position.reserveCapacity(min(keys.count, 1_024))
        for key in keys {
            let id = id(of: key)
            let score = rank(key)
            guard let index = position[id] else {
                position[id] = groups.count
                groups.append(SearchGroup(id: id, members: [key], best: key, bestRank: score, newest: key))
                continue
            }
            groups[index].members.append(key)
            if key > groups[index].newest { groups[index].newest = key }
            if score < groups[index].bestRank || (score == groups[index].bestRank && key > groups[index].best) {
                groups[index].best = key
                groups[index].bestRank = score
            }
        }
        return groups
    }
}
