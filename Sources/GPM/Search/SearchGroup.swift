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
    /// Whether an entry of the group matched in its title.
    var hasTitleHit = false

    static func id(of key: Int) -> Int {
        SearchKey.kind(key) == .brief ? -SearchKey.briefCity(key) : key
    }

    /// The groups of `keys`, each entry ranked by `rank` (lower is better; bm25's sign), in the order of
    /// their first entry; `titleHits` marks the groups with an entry among them.
    ///
    /// One pass without hashing: in ascending key order a city's briefs are consecutive among the briefs
    /// (its keys are one range, `SearchKey.brief`), and the title hits are met in the same order. The
    /// index gives its row ids ascending; keys in another order are sorted first.
    static func grouping(_ keys: [Int], titleHits: [Int] = [], rank: (Int) -> Double) -> [SearchGroup] {
        let keys = keys.isAscending ? keys : keys.sorted()
        let titleHits = titleHits.isAscending ? titleHits : titleHits.sorted()
        var groups: [SearchGroup] = []
        var series: (city: Int, index: Int)?
        var title = titleHits.startIndex
        for key in keys {
            while title < titleHits.endIndex, titleHits[title] < key { title += 1 }
            let isTitleHit = title < titleHits.endIndex && titleHits[title] == key
            let score = rank(key)
            if SearchKey.kind(key) == .brief {
                let city = SearchKey.briefCity(key)
                if let current = series, current.city == city {
                    groups[current.index].add(key, score: score, isTitleHit: isTitleHit)
                    continue
                }
                series = (city, groups.count)
            }
            groups.append(SearchGroup(id: id(of: key), members: [key], best: key, bestRank: score, newest: key, hasTitleHit: isTitleHit))
        }
        return groups
    }

    private mutating func add(_ key: Int, score: Double, isTitleHit: Bool) {
        members.append(key)
        newest = max(newest, key)
        hasTitleHit = hasTitleHit || isTitleHit
        if score < bestRank || (score == bestRank && key > best) {
            best = key
            bestRank = score
        }
    }
}

fileprivate extension Array where Element == Int {
    /// Whether the elements are in ascending order (checked in one pass before relying on it).
    var isAscending: Bool { zip(self, dropFirst()).allSatisfy { $0 <= $1 } }
}
