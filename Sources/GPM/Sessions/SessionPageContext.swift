import Mustache

/// Turns sessions into what the `pages/sessions/index` and `pages/sessions/session` templates show.
enum SessionPageContext {
    static func index(
        convenings: [Convening], themes: [SessionTheme], selectedTheme: String?
    ) -> [String: MustacheValue] {
        let selected = themes.first { $0.slug == selectedTheme }
        return [
            "convenings": .array(convenings.map(convening)),
            "hasConvenings": .bool(!convenings.isEmpty),
            "themes": .array(themes.map { theme in
                ["slug": .string(theme.slug), "name": .string(theme.name), "selected": .bool(theme.slug == selectedTheme)]
            }),
            "isFiltered": .bool(selectedTheme != nil),
            "themeName": .string(selected?.name ?? selectedTheme ?? ""),
        ]
    }

    /// A convening with its sessions grouped by theme, themes in the order the sessions come.
    private static func convening(_ convening: Convening) -> MustacheValue {
        var groups: [(SessionTheme, [SessionSummary])] = []
        for session in convening.sessions {
            if let index = groups.firstIndex(where: { $0.0 == session.theme }) {
                groups[index].1.append(session)
            } else {
                groups.append((session.theme, [session]))
            }
        }
        var context = conveningFacts(convening)
        context["themes"] = .array(groups.map { theme, sessions in
            [
                "slug": .string(theme.slug), "name": .string(theme.name),
                "headingID": .string("theme-\(convening.slug)-\(theme.slug)"),
                "sessions": .array(sessions.map(summary)),
            ]
        })
        return .dictionary(context)
    }

    static func conveningFacts(_ convening: Convening) -> [String: MustacheValue] {
        var context: [String: MustacheValue] = [
            "slug": .string(convening.slug), "title": .string(convening.title),
            "dates": .string(dateRange(convening.startsOn, convening.endsOn)),
            "paragraphs": .array(Formatting.paragraphs(convening.description).map { .string($0) }),
        ]
        if let name = convening.cityName, let slug = convening.citySlug {
            context["city"] = ["name": .string(name), "href": .string("/cities/" + slug)]
        }
        return context
    }

    static func summary(_ session: SessionSummary) -> MustacheValue {
        var context: [String: MustacheValue] = [
            "href": .string("/sessions/" + session.slug), "title": .string(heading(session)),
            "date": .string(Formatting.date(session.heldOn)), "heldOn": .string(session.heldOn),
            "status": status(session.status),
            "actions": .string(count(session.actions, "action", "actions")),
            "cities": .string(count(session.citiesOptedIn, "city opted in", "cities opted in")),
            "theme": ["slug": .string(session.theme.slug), "name": .string(session.theme.name)],
        ]
        if let subtitle = session.subtitle { context["subtitle"] = .string(subtitle) }
        return .dictionary(context)
    }

    static func session(_ detail: SessionDetail) -> [String: MustacheValue] {
        let roles: [(String, String)] = [("chair", "Chairs"), ("co_chair", "Co-chairs"), ("resource_team", "Resource team"), ("author", "Authors")]
        let people = detail.people
        var context: [String: MustacheValue] = [
            "session": summary(detail.summary),
            "hasPeople": .bool(!people.isEmpty),
            "hasSummary": .bool(!Formatting.paragraphs(detail.summaryText).isEmpty),
            "hasNote": .bool(!Formatting.paragraphs(detail.note).isEmpty),
            "convening": .dictionary(conveningFacts(detail.convening)),
            "peopleGroups": .array(roles.compactMap { role, heading in
                let people = people.filter { $0.role == role }
                guard !people.isEmpty else { return nil }
                return ["heading": .string(heading), "people": .array(people.map(person))]
            }),
            "principles": .array(detail.principles.map { ["paragraphs": paragraphs($0)] }),
            "hasPrinciples": .bool(!detail.principles.isEmpty),
            "actions": .array(detail.actions.map(action)),
            "hasActions": .bool(!detail.actions.isEmpty),
            "summaryParagraphs": paragraphs(detail.summaryText),
            "noteParagraphs": paragraphs(detail.note),
        ]
        if let source = detail.source, !source.isEmpty { context["source"] = .string(source) }
        return context
    }

    private static func person(_ person: SessionPerson) -> MustacheValue {
        // The papers head chairs and co-chairs as "Mayor Peter Kurz (Mannheim)": they sit as their city's mayor.
        let isMayor = (person.role == "chair" || person.role == "co_chair") && person.citySlug != nil && !person.name.hasPrefix("Mayor ")
        var context: [String: MustacheValue] = ["name": .string(isMayor ? "Mayor " + person.name : person.name)]
        if let name = person.cityName, let slug = person.citySlug {
            context["city"] = ["name": .string(name), "href": .string("/cities/" + slug)]
        }
        if let organisation = person.organisation {
            var org: [String: MustacheValue] = ["name": .string(organisation), "isLinked": .bool(person.networkSlug != nil)]
            if let slug = person.networkSlug { org["href"] = .string("/networks/" + slug) }
            context["organisation"] = .dictionary(org)
        }
        return .dictionary(context)
    }

    private static func action(_ action: SessionAction) -> MustacheValue {
        var context: [String: MustacheValue] = [
            "href": .string("/actions/" + action.slug), "label": .string(action.label),
            "paragraphs": paragraphs(action.text),
            "cities": .string(count(action.citiesOptedIn, "city opted in", "cities opted in")),
        ]
        if let roleModel = action.roleModel { context["roleModel"] = .string(roleModel) }
        return .dictionary(context)
    }

    /// "Strategy Session 1: Integrating Economic Migrants", as the papers head them; sessions without a
    /// number (the governance session) keep their title alone.
    static func heading(_ session: SessionSummary) -> String {
        session.number.map { "Strategy Session \($0): \(session.title)" } ?? session.title
    }

    static func paragraphs(_ text: String?) -> MustacheValue {
        .array(Formatting.paragraphs(text).map { .string($0) })
    }

    static func status(_ status: String) -> MustacheValue {
        ["label": .string(Formatting.label(status)), "class": .string(status == "ratified" ? "badge--ok" : "badge--warn")]
    }

    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(Formatting.number(value)) \(value == 1 ? singular : plural)"
    }

    /// "10–11 September 2016"; spans across months or years keep both dates whole.
    static func dateRange(_ start: String, _ end: String) -> String {
        guard start != end else { return Formatting.date(start) }
        let from = Formatting.date(start).split(separator: " "), to = Formatting.date(end).split(separator: " ")
        if from.count == 3, to.count == 3, from[1] == to[1], from[2] == to[2] {
            return "\(from[0])–\(to[0]) \(to[1]) \(to[2])"
        }
        return Formatting.date(start) + " – " + Formatting.date(end)
    }
}
