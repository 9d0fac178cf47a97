-- 0035_prepared_search_text: the search index holds text prepared by the application (Sources/TextSearch:
-- NFC, case and diacritic folding including Ł/Ø/ß/Æ/Đ, Arabic letter forms and digits, Snowball stems,
-- Han/Kana/Hangul as characters and pairs), written by the stores; SQLite's own unicode61 tokenizer only
-- splits it at the spaces. The triggers of 0003 copied raw text and go; nothing here needs a custom
-- tokenizer or SQL function, so the sqlite3 command line reads and checks these tables.
--
-- best_practices_fts: one row per published Mayor Brief, case study, partnership and action. The rowid
-- says what a row is, so search can group and filter without reading the rows:
--   Mayor Brief of city C for year Y  ->  ((C * 128) + (Y - 2000)) * 4       (a city's series: rowid / 512)
--   case study N                      ->  4 * N + 1
--   partnership N                     ->  4 * N + 2
--   action N                          ->  4 * N + 3
-- city_names_fts: rowid = cities.id; a city's name, slug and other names (world_city_names), prepared.
-- Both are filled by `gpm reindex` (and at start while search_index_state says stale).
DROP TRIGGER mayor_briefs_fts_insert;
DROP TRIGGER mayor_briefs_fts_update;
DROP TRIGGER mayor_briefs_fts_delete;
DROP TRIGGER case_studies_fts_insert;
DROP TRIGGER case_studies_fts_update;
DROP TRIGGER case_studies_fts_delete;
DROP TABLE best_practices_fts;

CREATE VIRTUAL TABLE best_practices_fts USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE city_names_fts USING fts5 (
    names,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Sort keys of a city's name for each interface language (TextSearch's SortKey): ORDER BY them, never a
-- collation. Filled on write and by the rebuild.
ALTER TABLE cities ADD COLUMN name_sort_en TEXT NOT NULL DEFAULT '';
ALTER TABLE cities ADD COLUMN name_sort_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE cities ADD COLUMN name_sort_es TEXT NOT NULL DEFAULT '';
CREATE INDEX cities_by_sort_en ON cities (name_sort_en, slug);
CREATE INDEX cities_by_sort_fr ON cities (name_sort_fr, slug);
CREATE INDEX cities_by_sort_es ON cities (name_sort_es, slug);

-- A city's earlier slugs: /cities/<old> answers 301 to the current one. A slug a city takes again, or
-- another city takes, leaves this table.
CREATE TABLE city_slug_history (
    slug        TEXT PRIMARY KEY,
    city_id     INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL
) STRICT;
CREATE INDEX city_slug_history_by_city ON city_slug_history (city_id);

-- One row: 1 while the search index and sort keys must be rebuilt from the tables (after this migration,
-- after a seed script or a restore).
CREATE TABLE search_index_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    stale   INTEGER NOT NULL CHECK (stale IN (0, 1))
) STRICT;
INSERT INTO search_index_state (id, stale) VALUES (1, 1);
