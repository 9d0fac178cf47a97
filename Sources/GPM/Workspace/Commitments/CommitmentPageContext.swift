import Mustache

/// Turns commitments into what the `pages/workspace/commitments/*` templates show.
enum CommitmentPageContext {
    /// Every action, grouped by session, with the city's stance and progress.
    static func list(_ city: OfficeCity, _ actions: [CommitmentRepository.ActionStance]) -> [String: MustacheValue] {
        var sessions: [(slug: String, title: String, theme: String, rows: [MustacheValue])] = []
        for action in actions {
            if sessions.last?.slug != action.sessionSlug {
                sessions.append((action.sessionSlug, action.sessionTitle, action.themeName, []))
            }
            sessions[sessions.count - 1].rows.append(row(action))
        }
        return [
            "city": ["name": .string(city.name), "href": .string("/cities/" + city.slug)],
            "sessions": .array(sessions.map { session in
                [
                    "title": .string(session.title), "theme": .string(session.theme), "href": .string("/sessions/" + session.slug),
                    "actions": .array(session.rows),
                ]
            }),
            "workspaceNav": ["commitments": true],
        ]
    }

    /// One action's page: the stance, both forms (with the office's input and any messages) and the history.
    static func action(
        _ city: OfficeCity, _ action: CommitmentRepository.ActionStance, events: [CommitmentRepository.Event],
        form: CommitmentForm, today: String
    ) -> [String: MustacheValue] {
        let commitment = action.commitment
        let optedIn = commitment?.status == "opted_in"
        var context: [String: MustacheValue] = [
            "city": ["name": .string(city.name), "href": .string("/cities/" + city.slug)],
            "action": [
                "label": .string(action.label), "slug": .string(action.actionSlug), "href": .string("/actions/" + action.actionSlug),
                "paragraphs": .array(Formatting.paragraphs(action.text).map { .string($0) }),
                "session": .string(action.sessionTitle), "sessionHref": .string("/sessions/" + action.sessionSlug),
                "theme": .string(action.themeName),
            ],
            "stance": stance(commitment),
            "isOptedIn": .bool(optedIn),
            // The stance form offers the one change that is possible from here.
            "offer": optedIn ? ["status": "opted_out", "button": "Opt out", "noteRequired": true]
                : ["status": "opted_in", "button": "Opt in", "noteRequired": false],
            "form": formValues(form, today: today),
            "events": .array(events.map(event)),
            "hasEvents": .bool(!events.isEmpty),
            "workspaceNav": ["commitments": true],
            "hasErrors": .bool(!form.errors.isEmpty),
        ]
        if !form.errors.isEmpty {
            context["errors"] = .array(form.errors.sorted { $0.key < $1.key }.map { ["field": .string($0.key), "message": .string($0.value)] })
        }
        return context
    }

    private static func row(_ action: CommitmentRepository.ActionStance) -> MustacheValue {
        var entry: [String: MustacheValue] = [
            "label": .string(action.label), "href": .string("/workspace/commitments/" + action.actionSlug),
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
    static func stance(_ commitment: CommitmentRepository.Commitment?) -> MustacheValue {
        guard let commitment else {
            return ["text": "Never opted in", "badge": "badge--muted", "version": 0, "hasProgress": false]
        }
        let optedIn = commitment.status == "opted_in"
        var entry: [String: MustacheValue] = [
            "text": .string(optedIn ? "Opted in" : "Opted out"), "badge": .string(optedIn ? "badge--ok" : "badge--muted"),
            "since": .string(Formatting.date(commitment.since)), "sinceISO": .string(commitment.since),
            "version": .int(commitment.version), "updatedAt": .string(timestamp(commitment.updatedAt)),
            "hasProgress": .bool(commitment.progress != nil),
        ]
        if let progress = commitment.progress {
            entry["progress"] = .string(Formatting.label(progress))
            entry["progressBadge"] = .string(progressBadge(progress))
        }
        if let updated = commitment.progressUpdatedOn { entry["progressUpdated"] = .string(Formatting.date(updated)) }
        return .dictionary(entry)
    }

    private static func formValues(_ form: CommitmentForm, today: String) -> MustacheValue {
        var values: [String: MustacheValue] = [
            "note": .string(form.stanceNote), "progressNote": .string(form.progressNote), "evidenceURL": .string(form.evidenceURL),
            "date": .string(form.date), "today": .string(today),
            "statuses": .array(ProgressStatus.allCases.map { status in
                ["value": .string(status.rawValue), "label": .string(status.label), "selected": .bool(status.rawValue == form.progress)]
            }),
        ]
        for (field, message) in form.errors { values["error_" + field] = .string(message) }
        return .dictionary(values)
    }

    private static func event(_ event: CommitmentRepository.Event) -> MustacheValue {
        let what: String
        switch event.kind {
        case "opt_in": what = "Opted in"
        case "opt_out": what = "Opted out"
        default: what = "Progress: " + Formatting.label(event.progress ?? "")
        }
        var entry: [String: MustacheValue] = [
            "date": .string(Formatting.date(event.occurredOn)), "datetime": .string(event.occurredOn), "what": .string(what),
            "paragraphs": .array(Formatting.paragraphs(event.note).map { .string($0) }), "isDemo": .bool(event.isDemo),
        ]
        if let progress = event.progress { entry["badge"] = .string(progressBadge(progress)) }
        if let url = event.evidenceURL, CommitmentForm.isWebAddress(url) { entry["evidence"] = .string(url) }
        return .dictionary(entry)
    }

    static func progressBadge(_ progress: String) -> String {
        switch progress {
        case "achieved": "badge--ok"
        case "in_progress": "badge--warn"
        case "paused": "badge--bad"
        default: "badge--muted"
        }
    }

    /// '2026-03-02T10:15:00Z' → '2026-03-02 10:15:00 UTC'.
    private static func timestamp(_ text: String) -> String {
        text.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }
}
