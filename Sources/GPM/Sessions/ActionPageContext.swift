import Mustache

/// Turns an action into what the `pages/sessions/action` template shows.
enum ActionPageContext {
    static func action(_ action: ActionDetail) -> [String: MustacheValue] {
        let session = action.session
        var context: [String: MustacheValue] = [
            "label": .string(action.label),
            "paragraphs": SessionPageContext.paragraphs(action.text),
            "session": [
                "href": .string("/sessions/" + session.slug),
                "title": .string(session.number.map { "Strategy Session \($0): \(session.title)" } ?? session.title),
                "theme": .string(session.themeName), "themeHref": .string("/sessions?theme=" + QueryString.escape(session.themeSlug)),
                "convening": .string(session.conveningTitle),
            ],
            "sdgs": .array(action.sdgs.map { ["number": .int($0.number), "name": .string($0.name)] }),
            "hasSDGs": .bool(!action.sdgs.isEmpty),
            "optedIn": .array(action.optedIn.map(commitment)),
            "hasOptedIn": .bool(!action.optedIn.isEmpty),
            "optedInCount": .string(SessionPageContext.count(action.optedIn.count, "city has", "cities have")),
            "optedOut": .array(action.optedOut.map(commitment)),
            "hasOptedOut": .bool(!action.optedOut.isEmpty),
            "progressCounts": .array(progressCounts(action.optedIn)),
            "timeline": .array(action.timeline.map(event)),
            "hasTimeline": .bool(!action.timeline.isEmpty),
            "briefs": .array(action.briefs.map { brief in
                [
                    "href": .string("/briefs/\(brief.citySlug)/\(brief.year)"), "title": .string(brief.title),
                    "city": .string(brief.cityName), "year": .int(brief.year), "isDemo": .bool(brief.isDemo),
                ]
            }),
            "hasBriefs": .bool(!action.briefs.isEmpty),
            "citiesHref": .string("/cities?action=" + QueryString.escape(action.slug)),
        ]
        if let roleModel = action.roleModel { context["roleModel"] = .string(roleModel) }
        if action.title != nil { context["isTitled"] = true }
        let points = action.optedIn.compactMap { commitment -> MapPoint? in
            guard let latitude = commitment.latitude, let longitude = commitment.longitude else { return nil }
            return MapPoint(name: commitment.cityName, href: "/cities/" + commitment.citySlug, latitude: latitude, longitude: longitude)
        }
        if !points.isEmpty {
            context["map"] = .string(WorldMap.svg(points, label: "Map of the cities that opted in to \(action.label)"))
        }
        return context
    }

    private static func commitment(_ commitment: ActionCommitment) -> MustacheValue {
        var context: [String: MustacheValue] = [
            "city": .string(commitment.cityName), "href": .string("/cities/" + commitment.citySlug),
            "region": .string(commitment.regionName), "since": .string(Formatting.date(commitment.since)),
            "sinceISO": .string(commitment.since), "isDemo": .bool(commitment.isDemo),
        ]
        if let progress = commitment.progress { context["progress"] = badge(progress) }
        if let note = commitment.latestNote { context["note"] = .string(note) }
        if let updated = commitment.progressUpdatedOn {
            context["updated"] = .string(Formatting.date(updated))
            context["updatedISO"] = .string(updated)
        }
        return .dictionary(context)
    }

    private static func event(_ entry: ActionTimelineEntry) -> MustacheValue {
        let event = entry.event
        var context: [String: MustacheValue] = [
            "date": .string(Formatting.date(event.occurredOn)), "dateISO": .string(event.occurredOn),
            "city": .string(entry.cityName), "href": .string("/cities/" + entry.citySlug),
            // The timeline reads as a sentence after the city's name ("Accra opted in"), hence lower case.
            "what": .string(event.label.lowercased()),
            "paragraphs": SessionPageContext.paragraphs(event.note), "isDemo": .bool(event.isDemo),
        ]
        if let progress = event.progress { context["progress"] = badge(progress) }
        if let url = event.evidenceURL, SafeURL.mayLink(url) { context["evidence"] = .string(url) }
        return .dictionary(context)
    }

    private static func badge(_ progress: CommitmentProgress) -> MustacheValue {
        ["label": .string(progress.label), "class": .string(progress.badge)]
    }

    private static func progressCounts(_ commitments: [ActionCommitment]) -> [MustacheValue] {
        var rows: [MustacheValue] = CommitmentProgress.allCases.map { progress in
            let count = commitments.filter { $0.progress == progress }.count
            return ["label": .string(progress.label), "class": .string(progress.badge), "count": .int(count)]
        }
        let unreported = commitments.filter { $0.progress == nil }.count
        rows.append(["label": "Not yet reported", "class": "badge--muted", "count": .int(unreported)])
        return rows
    }
}
