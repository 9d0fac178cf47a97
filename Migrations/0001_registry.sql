-- 0001_registry: the GPM's public registry.
--
-- Reference data (regions, SDGs) is seeded here because it is part of the schema's meaning;
-- everything else is filled by Seeds/demo.sql or by the secretariat.
--
-- Conventions used by every migration:
--   * STRICT tables; dates are TEXT in ISO 8601 ('YYYY-MM-DD'; partial 'YYYY' or 'YYYY-MM' only where
--     a column comment says so), timestamps are TEXT 'YYYY-MM-DDTHH:MM:SSZ' (UTC).
--   * Enumerations are lower-case ASCII snake_case values guarded by CHECK constraints.
--   * `version` starts at 1 and is incremented by every UPDATE of an editable record (optimistic
--     concurrency: UPDATE ... WHERE id = ? AND version = ?; zero rows changed means a stale edit).
--   * `is_demo = 1` marks invented demonstration rows (see Seeds/README.md for the wipe statements).
--   * Slugs are lower-case ASCII with hyphens, unique per table; names keep their accents.
--   * Long text columns (descriptions, profiles, brief sections) hold plain text: paragraphs separated
--     by one blank line ("\n\n"), list items as lines starting with "- ". No HTML, no Markdown emphasis.
-- The connection must run `PRAGMA foreign_keys = ON` for the ON DELETE rules to apply.

CREATE TABLE regions (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL
) STRICT;

-- UCLG's seven regions, in UCLG's usual order.
INSERT INTO regions (id, slug, name, position) VALUES
    (1, 'africa', 'Africa', 1),
    (2, 'asia-pacific', 'Asia-Pacific', 2),
    (3, 'eurasia', 'Eurasia', 3),
    (4, 'europe', 'Europe', 4),
    (5, 'latin-america', 'Latin America', 5),
    (6, 'middle-east-west-asia', 'Middle East & West Asia', 6),
    (7, 'north-america', 'North America', 7);

CREATE TABLE countries (
    code        TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)), -- ISO 3166-1 alpha-2
    name        TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE themes (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- The 17 UN Sustainable Development Goals: `name` is the short name, `title` the goal as the UN prints it.
CREATE TABLE sdgs (
    number      INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 17),
    name        TEXT NOT NULL,
    title       TEXT NOT NULL
) STRICT;

INSERT INTO sdgs (number, name, title) VALUES
    (1, 'No poverty', 'End poverty in all its forms everywhere'),
    (2, 'Zero hunger', 'End hunger, achieve food security and improved nutrition and promote sustainable agriculture'),
    (3, 'Good health and well-being', 'Ensure healthy lives and promote well-being for all at all ages'),
    (4, 'Quality education',
        'Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all'),
    (5, 'Gender equality', 'Achieve gender equality and empower all women and girls'),
    (6, 'Clean water and sanitation', 'Ensure availability and sustainable management of water and sanitation for all'),
    (7, 'Affordable and clean energy', 'Ensure access to affordable, reliable, sustainable and modern energy for all'),
    (8, 'Decent work and economic growth',
        'Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all'),
    (9, 'Industry, innovation and infrastructure',
        'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation'),
    (10, 'Reduced inequalities', 'Reduce inequality within and among countries'),
    (11, 'Sustainable cities and communities', 'Make cities and human settlements inclusive, safe, resilient and sustainable'),
    (12, 'Responsible consumption and production', 'Ensure sustainable consumption and production patterns'),
    (13, 'Climate action', 'Take urgent action to combat climate change and its impacts'),
    (14, 'Life below water',
        'Conserve and sustainably use the oceans, seas and marine resources for sustainable development'),
    (15, 'Life on land',
        'Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, '
        || 'combat desertification, and halt and reverse land degradation and halt biodiversity loss'),
    (16, 'Peace, justice and strong institutions',
        'Promote peaceful and inclusive societies for sustainable development, provide access to justice for all '
        || 'and build effective, accountable and inclusive institutions at all levels'),
    (17, 'Partnerships for the goals',
        'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development');

-- A city, whether or not it belongs to the GPM: the documents name many cities that are not members.
-- `membership` NULL means "not a GPM member"; `membership_is_demo = 1` marks an invented membership
-- on an otherwise real city row.
CREATE TABLE cities (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    country_code        TEXT NOT NULL REFERENCES countries (code) ON DELETE RESTRICT,
    region_id           INTEGER NOT NULL REFERENCES regions (id) ON DELETE RESTRICT,
    population          INTEGER CHECK (population IS NULL OR population >= 0),
    latitude            REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude           REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    mayor_name          TEXT,
    mayor_since         TEXT,                       -- 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    membership          TEXT CHECK (membership IS NULL OR membership IN ('member', 'observer', 'former')),
    joined_on           TEXT,                       -- 'YYYY-MM-DD'
    membership_is_demo  INTEGER NOT NULL DEFAULT 0 CHECK (membership_is_demo IN (0, 1)),
    website             TEXT,
    profile             TEXT,                       -- paragraphs separated by a blank line
    is_demo             INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (membership IS NOT NULL OR joined_on IS NULL)
) STRICT;

CREATE INDEX cities_by_region ON cities (region_id, name);
CREATE INDEX cities_by_country ON cities (country_code, name);
CREATE INDEX cities_by_membership ON cities (membership, name);
CREATE INDEX cities_by_name ON cities (name COLLATE NOCASE);
CREATE INDEX cities_by_population ON cities (population);

-- Networks and organisations alike (city networks, associations of local governments, programmes,
-- international organisations). `parent_id` links a section to its umbrella (UCLG-Africa -> UCLG).
CREATE TABLE networks (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    acronym         TEXT,
    kind            TEXT NOT NULL CHECK (kind IN (
                        'global_network', 'regional_network', 'thematic_network',
                        'local_government_association', 'programme', 'international_organisation')),
    parent_id       INTEGER REFERENCES networks (id) ON DELETE SET NULL,
    founded         INTEGER CHECK (founded IS NULL OR founded BETWEEN 1800 AND 2100), -- year
    seat            TEXT,                           -- where the secretariat sits, as free text
    seat_city_id    INTEGER REFERENCES cities (id) ON DELETE SET NULL,
    members_count   INTEGER CHECK (members_count IS NULL OR members_count >= 0), -- as published
    members_note    TEXT,                           -- the published figure as printed, e.g. 'more than 140 ...'
    website         TEXT,
    description     TEXT,                           -- paragraphs separated by a blank line
    source          TEXT,                           -- which document the description comes from
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;

CREATE INDEX networks_by_kind ON networks (kind, name);
CREATE INDEX networks_by_parent ON networks (parent_id);
CREATE INDEX networks_by_name ON networks (name COLLATE NOCASE);

CREATE TABLE network_themes (
    network_id  INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, theme_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX network_themes_by_theme ON network_themes (theme_id, network_id);

-- A city's membership of a network. `category` is free text as the network names it
-- ('founding member', 'full member', 'associate member', 'chair', ...).
CREATE TABLE city_networks (
    city_id     INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    network_id  INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    category    TEXT,
    since       INTEGER CHECK (since IS NULL OR since BETWEEN 1800 AND 2100), -- year
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (city_id, network_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX city_networks_by_network ON city_networks (network_id, city_id);

-- A GPM convening, e.g. the Inaugural Convening in The Hague, 10-11 September 2016.
CREATE TABLE convenings (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    city_id     INTEGER REFERENCES cities (id) ON DELETE RESTRICT,
    starts_on   TEXT NOT NULL,                      -- 'YYYY-MM-DD'
    ends_on     TEXT NOT NULL,                      -- 'YYYY-MM-DD'
    description TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ends_on >= starts_on)
) STRICT;

-- A strategy session of a convening. `number` is the number printed on the paper
-- ("Strategy Session 1"); NULL for sessions without one (the governance session).
CREATE TABLE strategy_sessions (
    id              INTEGER PRIMARY KEY,
    convening_id    INTEGER NOT NULL REFERENCES convenings (id) ON DELETE CASCADE,
    theme_id        INTEGER NOT NULL REFERENCES themes (id) ON DELETE RESTRICT,
    number          INTEGER CHECK (number IS NULL OR number > 0),
    slug            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    subtitle        TEXT,
    held_on         TEXT NOT NULL,                  -- 'YYYY-MM-DD'
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ratified')),
    summary         TEXT,                           -- paragraphs separated by a blank line
    note            TEXT,                           -- the paper's own caveat, as printed
    source          TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (convening_id, theme_id, number)
) STRICT;

CREATE INDEX strategy_sessions_by_theme ON strategy_sessions (theme_id, convening_id, number);

-- Chairs, co-chairs, resource team members (and a paper's authors). A person speaks for a city
-- (`city_id`) or for an organisation: a registry network (`network_id`) and/or its printed name.
CREATE TABLE session_people (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES strategy_sessions (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('chair', 'co_chair', 'resource_team', 'author')),
    position        INTEGER NOT NULL,               -- order within the role, as printed
    person_name     TEXT NOT NULL,
    city_id         INTEGER REFERENCES cities (id) ON DELETE SET NULL,
    network_id      INTEGER REFERENCES networks (id) ON DELETE SET NULL,
    organisation    TEXT,                           -- as printed, e.g. 'ICRC', 'UNDP Brussels/JMDI'
    UNIQUE (session_id, role, position)
) STRICT;

CREATE INDEX session_people_by_city ON session_people (city_id);

CREATE TABLE principles (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES strategy_sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (session_id, position)
) STRICT;

-- An opt-in action of a session. `title` is NULL where the paper prints no title (sessions 3 and 4,
-- governance): pages then show "Action <session number>.<position>" and the text.
-- `text` is the action exactly as printed; `role_model` names the model the paper points to.
CREATE TABLE actions (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES strategy_sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position > 0),
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT,
    text        TEXT NOT NULL,
    role_model  TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (session_id, position)
) STRICT;

CREATE TABLE action_sdgs (
    action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    sdg_number  INTEGER NOT NULL REFERENCES sdgs (number) ON DELETE RESTRICT,
    PRIMARY KEY (action_id, sdg_number)
) STRICT, WITHOUT ROWID;

CREATE INDEX action_sdgs_by_sdg ON action_sdgs (sdg_number, action_id);

-- A partnership between two or more cities and organisations.
CREATE TABLE partnerships (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN (
                    'twinning', 'city_to_city', 'triangular', 'north_south', 'south_south',
                    'migrant_flow_twinning', 'inter_municipal')),
    starts_on   TEXT CHECK (starts_on IS NULL OR starts_on GLOB '[12][0-9][0-9][0-9]*'), -- 'YYYY[-MM[-DD]]'
    ends_on     TEXT CHECK (ends_on IS NULL OR ends_on GLOB '[12][0-9][0-9][0-9]*'),     -- NULL = ongoing
    summary     TEXT,                               -- one or two sentences
    methodology TEXT,                               -- paragraphs separated by a blank line
    description TEXT,                               -- paragraphs separated by a blank line
    source      TEXT,
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
) STRICT;

CREATE INDEX partnerships_by_type ON partnerships (type, starts_on);

-- A member of a partnership: exactly one of a city, a registry network/organisation, or a
-- printed organisation name (for bodies not in the registry, e.g. a university).
CREATE TABLE partnership_members (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    city_id         INTEGER REFERENCES cities (id) ON DELETE CASCADE,
    network_id      INTEGER REFERENCES networks (id) ON DELETE CASCADE,
    organisation    TEXT,
    role            TEXT,                           -- free text: 'partner city', 'funder', 'technical support', ...
    position        INTEGER NOT NULL DEFAULT 0,
    CHECK ((city_id IS NOT NULL) + (network_id IS NOT NULL) + (organisation IS NOT NULL) = 1)
) STRICT;

CREATE INDEX partnership_members_by_partnership ON partnership_members (partnership_id, position);
CREATE INDEX partnership_members_by_city ON partnership_members (city_id);
CREATE INDEX partnership_members_by_network ON partnership_members (network_id);

CREATE TABLE partnership_themes (
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    theme_id        INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (partnership_id, theme_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX partnership_themes_by_theme ON partnership_themes (theme_id, partnership_id);

-- A curated best practice from the literature (always public).
CREATE TABLE case_studies (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    year        INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100), -- year it began, else year of the source
    summary     TEXT NOT NULL,                      -- one or two sentences
    description TEXT NOT NULL,                      -- paragraphs separated by a blank line
    source      TEXT NOT NULL,                      -- the document it is taken from
    source_url  TEXT,
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX case_studies_by_year ON case_studies (year);

CREATE TABLE case_study_cities (
    case_study_id   INTEGER NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
    city_id         INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    PRIMARY KEY (case_study_id, city_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_study_cities_by_city ON case_study_cities (city_id, case_study_id);

CREATE TABLE case_study_themes (
    case_study_id   INTEGER NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
    theme_id        INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (case_study_id, theme_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_study_themes_by_theme ON case_study_themes (theme_id, case_study_id);

CREATE TABLE case_study_sdgs (
    case_study_id   INTEGER NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
    sdg_number      INTEGER NOT NULL REFERENCES sdgs (number) ON DELETE RESTRICT,
    PRIMARY KEY (case_study_id, sdg_number)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_study_sdgs_by_sdg ON case_study_sdgs (sdg_number, case_study_id);
