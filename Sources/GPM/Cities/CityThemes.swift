/// When does a city "work on" a theme? One definition for the directory's theme filter, the city
/// page and the peer ranking, stated on the pages too:
///
/// a city works on a theme when it has opted in to an action of a strategy session on that theme,
/// published a Mayor Brief on it, or takes part in a partnership on it.
///
/// Network themes are left out on purpose: belonging to a broad network says little about what a
/// city itself does, and shared networks already count on their own in the peer ranking.
enum CityThemes {
    /// A common table expression `city_themes(city_id, theme_id)`, one row per pair, to prefix a query with.
    static let commonTableExpression = """
        WITH city_themes (city_id, theme_id) AS (
            SELECT m.city_id, s.theme_id
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.status = 'opted_in'
            UNION
            SELECT b.city_id, bt.theme_id
            FROM mayor_briefs b JOIN brief_themes bt ON bt.brief_id = b.id
            WHERE b.status = 'published'
            UNION
            SELECT pm.city_id, pt.theme_id
            FROM partnership_members pm JOIN partnership_themes pt ON pt.partnership_id = pm.partnership_id
            WHERE pm.city_id IS NOT NULL
        )
        """

    /// The themes of one city (`:city`), by the same definition, each branch narrowed by the city so the
    /// indexes on `city_id` apply: columns `id`, `slug`, `name`, ordered by name.
    static let themesOfOneCity = """
        SELECT t.id, t.slug, t.name FROM themes t WHERE t.id IN (
            SELECT s.theme_id
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.city_id = :city AND m.status = 'opted_in'
            UNION
            SELECT bt.theme_id FROM mayor_briefs b JOIN brief_themes bt ON bt.brief_id = b.id
            WHERE b.city_id = :city AND b.status = 'published'
            UNION
            SELECT pt.theme_id FROM partnership_members pm JOIN partnership_themes pt ON pt.partnership_id = pm.partnership_id
            WHERE pm.city_id = :city
        )
        ORDER BY t.name COLLATE NOCASE
        """

    /// The definition in words, for the pages.
    static let definition = "A city works on a theme when it has opted in to an action of a strategy session on that theme, "
        + "published a Mayor Brief on it, or takes part in a partnership on it."
}
