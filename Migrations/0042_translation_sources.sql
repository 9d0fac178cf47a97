-- 0042_translation_sources (issue 15): a translation remembers the original it was made from.
--
-- `content_translations.source_text` is the original's text (the column of the translated record) as it was
-- when the translation was last written or confirmed by the secretariat. When the original has changed
-- since, the translation is out of date: the registry form marks it, and French and Spanish pages show the
-- original (with its `lang`) and a note instead of a translation of superseded text. NULL means "not known"
-- and is read as current.
--
-- `content_originals` names every translatable column of every kind of record in one place (the kinds and
-- fields of `ContentEntity`), for the backfill below and for rows inserted without a source (the seed's
-- `translations.sql`), which take the original as it stands when they are inserted.
ALTER TABLE content_translations ADD COLUMN source_text TEXT;

CREATE VIEW content_originals (entity, entity_id, field, text) AS
          SELECT 'convening', id, 'title', title FROM convenings
UNION ALL SELECT 'convening', id, 'description', description FROM convenings
UNION ALL SELECT 'session', id, 'title', title FROM strategy_sessions
UNION ALL SELECT 'session', id, 'subtitle', subtitle FROM strategy_sessions
UNION ALL SELECT 'session', id, 'summary', summary FROM strategy_sessions
UNION ALL SELECT 'session', id, 'note', note FROM strategy_sessions
UNION ALL SELECT 'principle', id, 'text', text FROM principles
UNION ALL SELECT 'action', id, 'title', title FROM actions
UNION ALL SELECT 'action', id, 'short_title', short_title FROM actions
UNION ALL SELECT 'action', id, 'text', text FROM actions
UNION ALL SELECT 'theme', id, 'name', name FROM themes
UNION ALL SELECT 'theme', id, 'description', description FROM themes
UNION ALL SELECT 'network', id, 'description', description FROM networks
UNION ALL SELECT 'case_study', id, 'title', title FROM case_studies
UNION ALL SELECT 'case_study', id, 'summary', summary FROM case_studies
UNION ALL SELECT 'case_study', id, 'description', description FROM case_studies;

-- Translations written before this migration were made from the text that stands now.
UPDATE content_translations SET source_text = (
    SELECT o.text FROM content_originals o
    WHERE o.entity = content_translations.entity AND o.entity_id = content_translations.entity_id
      AND o.field = content_translations.field);

CREATE TRIGGER content_translations_source AFTER INSERT ON content_translations WHEN new.source_text IS NULL
BEGIN
    UPDATE content_translations SET source_text = (
        SELECT o.text FROM content_originals o WHERE o.entity = new.entity AND o.entity_id = new.entity_id AND o.field = new.field)
    WHERE entity = new.entity AND entity_id = new.entity_id AND field = new.field AND language = new.language;
END;
