import SQLite

/// Reads every city's peer profile (`PeerCities.Profile`): the actions it opted in to, the themes it
/// works on and the networks it belongs to, in one statement for the three relations.
struct PeerIndexStore {
    let db: Connection

    /// Cities in order of first appearance; the items of each kind ordered by id, as the explanations list them.
    func profiles() throws -> [PeerCities.Profile] {
        let rows = try db.query("""
            \(CityThemeStore.commonTableExpression)
            SELECT 1 AS kind, o.slug, o.name, a.id AS item_id, a.title, a.short_title, a.position, s.number
            FROM commitments m JOIN cities o ON o.id = m.city_id
            JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.status = 'opted_in'
            UNION ALL
            SELECT 2, o.slug, o.name, t.id, t.name, NULL, NULL, NULL
            FROM city_themes ct JOIN cities o ON o.id = ct.city_id JOIN themes t ON t.id = ct.theme_id
            UNION ALL
            SELECT 3, o.slug, o.name, n.id, coalesce(n.acronym, n.name), NULL, NULL, NULL
            FROM city_networks cn JOIN cities o ON o.id = cn.city_id JOIN networks n ON n.id = cn.network_id
            ORDER BY 1, 4
            """)
        var order: [String] = []
        var profiles: [String: PeerCities.Profile] = [:]
        for row in rows {
            let slug = try row.string("slug")
            if profiles[slug] == nil {
                profiles[slug] = try PeerCities.Profile(slug: slug, name: row.string("name"))
                order.append(slug)
            }
            let kind = try row.int("kind")
            // An action's label stays a value (`ActionLabel`): the index serves pages in every language.
            let label = kind == 1
                ? try ActionLabel.title(
                    row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"),
                    position: row.int("position"))
                : nil
            let item = try PeerCities.Item(id: row.int("item_id"), name: label?.english ?? row.string("title"), label: label)
            switch kind {
            case 1: profiles[slug]?.actions.append(item)
            case 2: profiles[slug]?.themes.append(item)
            default: profiles[slug]?.networks.append(item)
            }
        }
        return order.compactMap { profiles[$0] }
    }
}
