import Mustache

// Hand-built contexts for the view types that a page repeats hundreds of times (the options of the
// filter forms, the rows of the city directory). `MustacheEncoder` takes them instead of going through
// `Encodable`, which costs several times more per value. The keys are the properties' names, and
// `FastViewTests` checks that each one builds exactly what `Encodable` builds, so the two cannot drift.

extension SelectOption: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "value": .string(value), "label": .string(label), "selected": .bool(selected),
            "lang": lang.mustacheValue, "dir": dir.mustacheValue,
        ]))
    }
}

extension CityDirectoryChoices.Group: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "label": .string(label), "lang": lang.mustacheValue, "dir": dir.mustacheValue, "actions": actions.mustacheValue,
        ]))
    }
}

extension CityDirectoryPage.Row: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "href": .string(href), "name": .string(name), "country": .string(country), "countryLang": countryLang.mustacheValue,
            "region": .string(region),
            "population": .string(population), "membership": .string(membership), "membershipBadge": .string(membershipBadge),
            "membershipIsDemo": .bool(membershipIsDemo), "mayor": .string(mayor), "isDemo": .bool(isDemo),
        ]))
    }
}

extension CityPage.Commitment: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "href": .string(href), "title": .string(title), "titleContent": titleContent.mustacheValue,
            "timelineSummary": .string(timelineSummary), "sessionHref": .string(sessionHref), "session": .string(session),
            "sessionContent": sessionContent.mustacheValue, "status": .string(status), "statusBadge": .string(statusBadge), "since": .string(since), "isDemo": .bool(isDemo),
            "events": .array(events.map(\.mustacheValue)), "hasEvents": .bool(hasEvents), "progress": progress.mustacheValue,
            "progressBadge": progressBadge.mustacheValue, "progressUpdated": progressUpdated.mustacheValue,
            "confirmation": .string(confirmation), "isStale": .bool(isStale), "staleLabel": .string(staleLabel),
            "recordedBySecretariat": .bool(recordedBySecretariat),
        ]))
    }
}

extension CityPage.Event: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "date": .string(date), "datetime": .string(datetime), "what": .string(what), "note": .string(note),
            "hasNote": .bool(hasNote), "noteLang": .string(noteLang), "noteDir": .string(noteDir),
            "isDemo": .bool(isDemo), "evidence": evidence.mustacheValue,
            "recordedBySecretariat": .bool(recordedBySecretariat),
        ]))
    }
}

extension CityPage.Peer: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "href": .string(href), "name": .string(name), "score": .int(score), "points": .string(points), "explanation": .string(explanation),
            "explanationHTML": .string(explanationHTML),
        ]))
    }
}

extension ContentTextView: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .record(MustacheRecord([
            "text": .string(text), "paragraphs": paragraphs.mustacheValue, "lang": .string(lang), "dir": .string(dir),
            "isFallback": .bool(isFallback), "isTranslation": .bool(isTranslation), "isOutdated": .bool(isOutdated),
        ]))
    }
}
