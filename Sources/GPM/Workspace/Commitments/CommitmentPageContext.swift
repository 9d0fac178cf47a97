import Mustache

/// Turns commitments into what the `pages/workspace/commitments/*` templates show.
enum CommitmentPageContext {
    /// Every action, grouped by session, with the city's stance and progress.
    static func list(_ city: OfficeCity, _ actions: [CommitmentActionStance]) throws -> [String: MustacheValue] {
        var sessions: [(slug: String, title: String, theme: String, rows: [MustacheValue])] = []
        for action in actions {
            if sessions.last?.slug != action.sessionSlug {
                sessions.append((action.sessionSlug, action.sessionTitle, action.themeName, []))
            }
            sessions[sessions.count - 1].rows.append(row(action))
        }
        return [
            "city": ["name": .string(city.name), "href": .string(Paths.city.href(city.slug))],
            "sessions": .array(sessions.map { session in
                [
                    "title": .string(session.title), "theme": .string(session.theme), "href": .string(Paths.session.href(session.slug)),
                    "actions": .array(session.rows),
                ]
            }),
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.commitments)),
        ]
    }

    /// One action's page: the stance, both forms (with the office's input and any messages) and the history.
    static func action(
        _ city: OfficeCity, _ action: CommitmentActionStance, events: [CommitmentEvent],
        form: CommitmentForm, today: String
    ) throws -> [String: MustacheValue] {
        let commitment = action.commitment
        let optedIn = commitment?.stance == .optedIn
        var context: [String: MustacheValue] = [
            "city": ["name": .string(city.name), "href": .string(Paths.city.href(city.slug))],
            "action": [
                "label": .string(action.label), "slug": .string(action.actionSlug), "href": .string(Paths.action.href(action.actionSlug)),
                "stanceAction": .string(Paths.commitmentStance.href(action.actionSlug)),
                "progressAction": .string(Paths.commitmentProgress.href(action.actionSlug)),
                "paragraphs": .array(Formatting.paragraphs(action.text).map { .string($0) }),
                "session": .string(action.sessionTitle), "sessionHref": .string(Paths.session.href(action.sessionSlug)),
                "theme": .string(action.themeName),
            ],
            "stance": stance(commitment),
            "isOptedIn": .bool(optedIn),
            // The stance form offers the one change that is possible from here.
            "offer": optedIn ? ["status": .string(CommitmentStance.optedOut.rawValue), "button": "Opt out", "noteRequired": true]
                : ["status": .string(CommitmentStance.optedIn.rawValue), "button": "Opt in", "noteRequired": false],
            "form": formValues(form, today: today),
            "events": .array(events.map(event)),
            "hasEvents": .bool(!events.isEmpty),
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.commitments)),
            "hasErrors": .bool(!form.errors.isEmpty),
        ]
        if !form.errors.isEmpty {
            context["errors"] = .array(form.errors.sorted { $0.key < $1.key }.map { ["field": .string($0.key), "message": .string($0.value)] })
        }
        return context
    }

    private static func row(_ action: CommitmentActionStance) -> MustacheValue {
        var entry: [String: MustacheValue] = [
            "label": .string(action.label), "href": .string(Paths.commitment.href(action.actionSlug)),
            "stance": stance(action.commitment),
        ]
        if let commitment = action.commitment {
            let latest = max(commitment.since, commitment.progressUpdatedOn ?? "")
            entry["lastUpdate"] = .string(Formatting.date(latest))
            entry["lastUpdateISO"] = .string(latest)
        }
        return .dictionary(entry)
    }

    /// "Opted in since 10 September 2016", "Opted out since …" or "Never opted in", with badges.
    static func stance(_ commitment: Commitment?) -> MustacheValue {
        guard let commitment else {
            return ["text": "Never opted in", "badge": "badge--muted", "version": 0, "hasProgress": false]
        }
        var entry: [String: MustacheValue] = [
            "text": .string(commitment.stance.label), "badge": .string(commitment.stance.badge),
            "since": .string(Formatting.date(commitment.since)), "sinceISO": .string(commitment.since),
            "version": .int(commitment.version), "updatedAt": .string(timestamp(commitment.updatedAt)),
            "hasProgress": .bool(commitment.progress != nil),
        ]
        if let progress = commitment.progress {
            entry["progress"] = .string(progress.label)
            entry["progressBadge"] = .string(progress.badge)
        }
        if let updated = commitment.progressUpdatedOn { entry["progressUpdated"] = .string(Formatting.date(updated)) }
        return .dictionary(entry)
    }

    private static func formValues(_ form: CommitmentForm, today: String) -> MustacheValue {
        var values: [String: MustacheValue] = [
            "note": .string(form.stanceNote), "progressNote": .string(form.progressNote), "evidenceURL": .string(form.evidenceURL),
            "date": .string(form.date), "today": .string(today),
            "statuses": .array(CommitmentProgress.allCases.map { status in
                ["value": .string(status.rawValue), "label": .string(status.label), "selected": .bool(status.rawValue == form.progress)]
            }),
        ]
        for (field, message) in form.errors { values["error_" + field] = .string(message) }
        return .dictionary(values)
    }

    private static func event(_ event: CommitmentEvent) -> MustacheValue {
        let what = event.kind.label(progress: event.progress)
        var entry: [String: MustacheValue] = [
            "date": .string(Formatting.date(event.occurredOn)), "datetime": .string(event.occurredOn), "what": .string(what),
            "paragraphs": .array(Formatting.paragraphs(event.note).map { .string($0) }), "isDemo": .bool(event.isDemo),
        ]
        if let progress = event.progress { entry["badge"] = .string(progress.badge) }
        if let url = event.evidenceURL, CommitmentForm.isWebAddress(url) { entry["evidence"] = .string(url) }
        return .dictionary(entry)
    }

    /// '2026-03-02T10:15:00Z' → '2026-03-02 10:15:00 UTC'.
    private static func timestamp(_ text: String) -> String {
        text.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }
}
