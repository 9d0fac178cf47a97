"""Invented demonstration data (every row written from here has is_demo = 1, or membership_is_demo = 1).

The documents are silent on which cities joined the GPM, which actions they opted in to and what they
reported, so this module makes plausible entries, deterministically (fixed random seed), so that the
platform's pages, filters and search have something to show. A secretariat wipes them with the
statements in Seeds/README.md.
"""
import random
from datetime import date, timedelta

TODAY = date(2026, 10, 31)   # no demo event is dated after this

# GPM membership: (city, status, joined_on)
FOUNDING = "2016-09-10"
GPM_MEMBERSHIP = (
    [(c, "member", FOUNDING) for c in [
        "the-hague", "mannheim", "north-delhi", "rotterdam", "athens", "amman", "barcelona", "medellin", "durban",
        "maputo", "seoul", "bangkok", "hyderabad", "mexico-city", "rio-de-janeiro", "copenhagen", "malmo", "eindhoven",
        "boston", "montevideo"]]
    + [("oklahoma-city", "former", FOUNDING), ("chicago", "former", FOUNDING)]
    + [(c, "member", d) for c, d in [
        ("quito", "2017-03-14"), ("lima", "2017-06-02"), ("bogota", "2017-11-20"), ("porto-alegre", "2018-02-08"),
        ("belo-horizonte", "2018-05-17"), ("kumasi", "2018-09-12"), ("rabat", "2019-01-23"), ("tangier", "2019-04-30"),
        ("jakarta", "2019-10-07"), ("melbourne", "2020-02-19"), ("bilbao", "2020-09-28"), ("dortmund", "2021-03-11"),
        ("cologne", "2021-06-24"), ("sarajevo", "2022-01-18"), ("inhambane", "2022-05-05"), ("nampula", "2023-02-27"),
        ("aarhus", "2023-09-14"), ("nablus", "2024-03-21")]]
    + [(c, "observer", d) for c, d in [
        ("new-york", "2016-09-10"), ("paris", "2018-11-05"), ("london", "2019-06-12"), ("milan", "2021-10-04"),
        ("havana", "2022-09-15")]]
)

# Plausible network memberships the documents do not state: (network, [cities], category)
DEMO_NETWORK_MEMBERSHIPS = [
    ("uclg", ["the-hague", "barcelona", "durban", "maputo", "seoul", "bangkok", "mexico-city", "rabat", "quito", "lima",
              "bogota", "porto-alegre", "jakarta", "medellin", "montevideo", "kumasi", "amman", "hyderabad", "guangzhou",
              "belo-horizonte", "inhambane", "nampula"], "member"),
    ("metropolis", ["barcelona", "mexico-city", "bangkok", "jakarta", "guangzhou", "rio-de-janeiro", "lima", "bogota",
                    "quito", "durban", "amman", "paris", "belo-horizonte", "montevideo"], "member"),
    ("c40", ["london", "paris", "new-york", "chicago", "seoul", "melbourne", "rio-de-janeiro", "barcelona", "amman",
             "durban", "bangkok", "jakarta", "mexico-city", "lima", "quito", "bogota", "medellin", "boston", "copenhagen",
             "milan", "athens", "rotterdam", "guangzhou"], "member city"),
    ("iclei", ["malmo", "bilbao", "seoul", "durban", "cologne", "kumasi", "belo-horizonte", "porto-alegre"], "member"),
    ("100-resilient-cities", ["rotterdam", "athens", "boston", "chicago", "new-york", "melbourne", "bangkok", "medellin",
                              "rio-de-janeiro", "mexico-city", "quito", "durban", "paris", "amman", "milan"], "member"),
    ("eurocities", ["the-hague", "amsterdam", "mannheim", "athens", "paris", "london", "malmo", "dortmund", "cologne",
                    "bilbao", "eindhoven", "sarajevo"], "member"),
    ("solidarity-cities", ["barcelona", "amsterdam", "mannheim", "rotterdam", "the-hague", "milan"], "member"),
    ("strong-cities-network", ["the-hague", "rotterdam", "mannheim", "amman", "oklahoma-city", "copenhagen", "aarhus",
                               "malmo", "london", "paris", "montevideo", "quito", "bogota", "rabat"], "member"),
    ("icorn", ["amsterdam", "barcelona", "malmo", "copenhagen", "aarhus", "mexico-city", "paris"], "city of refuge"),
    ("covenant-of-mayors", ["barcelona", "bilbao", "milan", "lyon", "dortmund", "cologne", "rotterdam", "malmo",
                            "copenhagen", "athens", "sarajevo", "frankfurt", "mannheim"], "signatory"),
    ("ubc", ["malmo", "aarhus", "copenhagen"], "member"),
    ("nordic-safe-cities", ["copenhagen", "aarhus", "malmo"], "member"),
    ("efus", ["rotterdam", "the-hague", "mannheim", "barcelona", "athens", "lyon", "paris"], "member"),
    ("urbact", ["mannheim", "eindhoven", "bilbao", "athens", "dortmund", "sarajevo"], "partner city"),
    ("human-rights-charter", ["barcelona", "saint-denis", "athens", "bilbao", "lyon"], "signatory"),
    ("uclg-culture", ["bilbao", "barcelona", "mexico-city", "montevideo"], "leading city"),
    ("historic-towns", ["galle", "tetouan", "chefchaouen"], "member"),
]

OPT_IN_NOTES = ["Opted in at the Inaugural Convening.", "Opted in by decision of the mayor.",
                "Opted in after a vote of the city council.", "Opted in; the international relations office coordinates."]
BACK_IN_NOTES = ["Back in after the council adopted a new integration strategy.",
                 "Opted in again: funding for the programme has been secured.",
                 "Back in after the new mayor confirmed the commitment."]
OPT_OUT_NOTES = ["Opted out after the municipal elections; the new council is reviewing its priorities.",
                 "Opted out: national legislation currently leaves the city no room for this action.",
                 "Opted out for lack of budget this year; the city intends to return.",
                 "Opted out: the responsibility moved to the regional government."]
PROGRESS_NOTES = {
    "planned": ["Working group set up with civil society partners; a plan goes to the council.",
                "Lead department appointed and a first budget line requested.",
                "Baseline study commissioned from the local university."],
    "in_progress": ["First pilot running in two districts.", "Programme launched; first participants enrolled.",
                    "Data collection under way; first dashboard shared with partner cities.",
                    "Council adopted the plan; implementation started with NGOs.",
                    "Half of the planned measures are in place."],
    "achieved": ["Target reached and evaluated; results shared in the Mayor Brief.",
                 "Programme now part of the city's regular budget.",
                 "Independent evaluation confirms the expected results."],
    "paused": ["Paused during the pandemic; services moved online where possible.",
               "Paused: the partner organisation ended its funding.",
               "Paused while national rules are revised."],
}


def _day(value):
    return value.isoformat()


def _add_days(start, days):
    result = start + timedelta(days=days)
    return min(result, TODAY)


def commitments(action_refs, sessions_by_action, required=None):
    """Demo commitments and their events for the GPM's member and former cities.

    action_refs: list of (action_id, action_slug); required: city slug -> action ids it must commit to
    (the actions its demo Mayor Briefs report on). Returns (commitments, events) as lists of dicts."""
    required = required or {}
    slug_of = dict(action_refs)
    rng = random.Random(2016)
    rows, events = [], []
    migration = [ref for ref in action_refs if sessions_by_action[ref[0]] != "cities-as-governance-partners"]
    governance = [ref for ref in action_refs if sessions_by_action[ref[0]] == "cities-as-governance-partners"]
    for city, status, joined in GPM_MEMBERSHIP:
        if status == "observer":
            continue
        joined_on = date.fromisoformat(joined)
        chosen = set(rng.sample(migration, rng.randint(3, 7)) + rng.sample(governance, rng.randint(1, 3)))
        chosen |= {(action_id, slug_of[action_id]) for action_id in required.get(city, ())}
        for action_id, action_slug in sorted(chosen):
            timeline = []
            start = joined_on + timedelta(days=1 if joined == "2016-09-10" else rng.randint(0, 120))
            timeline.append((start, "opt_in", None, OPT_IN_NOTES[0] if start == date(2016, 9, 11)
                             else rng.choice(OPT_IN_NOTES[1:]), None))
            day = _add_days(start, rng.randint(20, 90))
            timeline.append((day, "progress", "planned", rng.choice(PROGRESS_NOTES["planned"]), None))
            current = "in"
            for _ in range(rng.randint(0, 4)):
                day = _add_days(day, rng.randint(120, 500))
                if day >= TODAY:
                    break
                roll = rng.random()
                if status == "former" and current == "in" and roll < 0.5:
                    timeline.append((day, "opt_out", None, rng.choice(OPT_OUT_NOTES), None))
                    current = "out"
                    break
                if current == "in" and roll < 0.08:
                    timeline.append((day, "opt_out", None, rng.choice(OPT_OUT_NOTES), None))
                    current = "out"
                elif current == "out":
                    if roll < 0.5:
                        timeline.append((day, "opt_in", None, rng.choice(BACK_IN_NOTES), None))
                        current = "in"
                    else:
                        break
                else:
                    last = [e for e in timeline if e[1] == "progress"][-1][2]
                    if last == "achieved":
                        break
                    nxt = {"planned": ["in_progress"], "in_progress": ["in_progress", "achieved", "paused"],
                           "paused": ["in_progress"]}[last]
                    progress = rng.choice(nxt)
                    evidence = None
                    if progress == "achieved" and rng.random() < 0.6:
                        evidence = f"https://example.org/gpm-demo/{city}/{action_slug}"
                    timeline.append((day, "progress", progress, rng.choice(PROGRESS_NOTES[progress]), evidence))
            if status == "former" and current == "in":
                timeline.append((_add_days(day, 30) if day < TODAY else TODAY, "opt_out",
                                 None, "Opted out when the city left the GPM.", None))
                current = "out"
            opt_events = [e for e in timeline if e[1] != "progress"]
            progress_events = [e for e in timeline if e[1] == "progress"]
            commitment_id = len(rows) + 1
            # Stance and progress cannot contradict (migration 0020): an opted-out commitment has no current
            # progress; its progress events stay in the history.
            opted_in = current == "in"
            rows.append(dict(id=commitment_id, city=city, action_id=action_id,
                             status="opted_in" if opted_in else "opted_out",
                             since=_day(opt_events[-1][0]), progress=progress_events[-1][2] if opted_in else None,
                             progress_updated_on=_day(progress_events[-1][0]) if opted_in else None,
                             created_at=_day(timeline[0][0]) + "T12:00:00Z",
                             updated_at=_day(max(e[0] for e in timeline)) + "T12:00:00Z"))
            for occurred, kind, progress, note, evidence in sorted(timeline, key=lambda e: (e[0], e[1] != "opt_in")):
                events.append(dict(commitment_id=commitment_id, occurred_on=_day(occurred), kind=kind,
                                   progress=progress, note=note, evidence_url=evidence))
    return rows, events


def confirmations(commitment_rows):
    """Demo confirmations: the opted-in commitments of every other member city were confirmed without change in
    the 2025 cycle (in February 2026); the rest were not, so the demo shows both "last confirmed" and the
    staleness mark. Returns a list of dicts (commitment_id, cycle_year, confirmed_on)."""
    confirming = {city for index, (city, status, _) in enumerate(GPM_MEMBERSHIP) if status == "member" and index % 2 == 0}
    return [dict(commitment_id=c["id"], cycle_year=2025, confirmed_on="2026-02-%02d" % (1 + c["id"] % 27))
            for c in commitment_rows if c["city"] in confirming and c["status"] == "opted_in"]
