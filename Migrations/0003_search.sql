-- 0003_search: full-text index of the public best practices (published Mayor Briefs and case studies).
--
-- One FTS5 table holds both kinds. Its rowid encodes the source row so triggers can find it without a scan:
--   Mayor Brief  id N  ->  rowid 2*N        (kind 'brief')
--   case study   id N  ->  rowid 2*N + 1    (kind 'case_study')
-- `ref_id` repeats N for readability. Only briefs with status 'published' are indexed; triggers keep the
-- index in step on every INSERT, UPDATE and DELETE, so repositories never write to it.
-- Query: SELECT kind, ref_id, highlight(best_practices_fts, 2, '<mark>', '</mark>'),
--               snippet(best_practices_fts, 4, '<mark>', '</mark>', '…', 24), bm25(best_practices_fts, 0, 0, 8, 4, 1)
--        FROM best_practices_fts WHERE best_practices_fts MATCH ? ORDER BY bm25(...)
-- (escape the markers only after HTML-escaping the text, or use private-use markers and replace them).
-- The body of a brief is its six sections joined by blank lines; of a case study, its description.
-- (Plain || rather than concat_ws: the system SQLite may be older than 3.44.)

CREATE VIRTUAL TABLE best_practices_fts USING fts5 (
    kind UNINDEXED,
    ref_id UNINDEXED,
    title,
    summary,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER mayor_briefs_fts_insert AFTER INSERT ON mayor_briefs WHEN new.status = 'published'
BEGIN
    INSERT INTO best_practices_fts (rowid, kind, ref_id, title, summary, body)
    VALUES (2 * new.id, 'brief', new.id, new.title, new.summary,
            new.context || char(10, 10) || new.programme || char(10, 10) || new.results || char(10, 10)
            || new.what_did_not_work || char(10, 10) || new.partners || char(10, 10) || new.next_steps);
END;

CREATE TRIGGER mayor_briefs_fts_update AFTER UPDATE ON mayor_briefs
BEGIN
    DELETE FROM best_practices_fts WHERE rowid = 2 * old.id;
    INSERT INTO best_practices_fts (rowid, kind, ref_id, title, summary, body)
    SELECT 2 * new.id, 'brief', new.id, new.title, new.summary,
           new.context || char(10, 10) || new.programme || char(10, 10) || new.results || char(10, 10)
           || new.what_did_not_work || char(10, 10) || new.partners || char(10, 10) || new.next_steps
    WHERE new.status = 'published';
END;

CREATE TRIGGER mayor_briefs_fts_delete AFTER DELETE ON mayor_briefs
BEGIN
    DELETE FROM best_practices_fts WHERE rowid = 2 * old.id;
END;

CREATE TRIGGER case_studies_fts_insert AFTER INSERT ON case_studies
BEGIN
    INSERT INTO best_practices_fts (rowid, kind, ref_id, title, summary, body)
    VALUES (2 * new.id + 1, 'case_study', new.id, new.title, new.summary, new.description);
END;

CREATE TRIGGER case_studies_fts_update AFTER UPDATE ON case_studies
BEGIN
    DELETE FROM best_practices_fts WHERE rowid = 2 * old.id + 1;
    INSERT INTO best_practices_fts (rowid, kind, ref_id, title, summary, body)
    VALUES (2 * new.id + 1, 'case_study', new.id, new.title, new.summary, new.description);
END;

CREATE TRIGGER case_studies_fts_delete AFTER DELETE ON case_studies
BEGIN
    DELETE FROM best_practices_fts WHERE rowid = 2 * old.id + 1;
END;
