-- 0030_content_languages (issue 15): content in languages.
--
-- * A Mayor Brief and a case study have a language: any BCP 47 tag ('en', 'es-419', 'ar', 'zh-Hant'),
--   checked for its shape by the forms (ContentLanguage); here only its alphabet and length. Everything
--   written before had no language and was English: existing rows become 'en'.
-- * `content_translations`: the secretariat's translations of what it writes (sessions, principles, actions
--   and their short titles, themes, convenings, network and case-study descriptions) into the platform's
--   languages. One row per record, column and language; a missing row means "no translation": French and
--   Spanish pages then show the original with its own `lang` and a note. `entity` is the audit log's name of
--   the record's kind; rows go with their record (triggers below, as there is no foreign key to many tables).
ALTER TABLE mayor_briefs ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (length(language) BETWEEN 2 AND 35 AND language NOT GLOB '*[^A-Za-z0-9-]*');
ALTER TABLE case_studies ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (length(language) BETWEEN 2 AND 35 AND language NOT GLOB '*[^A-Za-z0-9-]*');

CREATE TABLE content_translations (
    entity      TEXT NOT NULL CHECK (entity IN ('convening', 'session', 'principle', 'action', 'theme', 'network', 'case_study')),
    entity_id   INTEGER NOT NULL,
    field       TEXT NOT NULL,
    language    TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
    text        TEXT NOT NULL CHECK (text <> ''),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, language)
) STRICT, WITHOUT ROWID;

CREATE INDEX content_translations_by_language ON content_translations (language, entity, entity_id);

CREATE TRIGGER convenings_translations_delete AFTER DELETE ON convenings
BEGIN DELETE FROM content_translations WHERE entity = 'convening' AND entity_id = old.id; END;
CREATE TRIGGER strategy_sessions_translations_delete AFTER DELETE ON strategy_sessions
BEGIN DELETE FROM content_translations WHERE entity = 'session' AND entity_id = old.id; END;
CREATE TRIGGER principles_translations_delete AFTER DELETE ON principles
BEGIN DELETE FROM content_translations WHERE entity = 'principle' AND entity_id = old.id; END;
CREATE TRIGGER actions_translations_delete AFTER DELETE ON actions
BEGIN DELETE FROM content_translations WHERE entity = 'action' AND entity_id = old.id; END;
CREATE TRIGGER themes_translations_delete AFTER DELETE ON themes
BEGIN DELETE FROM content_translations WHERE entity = 'theme' AND entity_id = old.id; END;
CREATE TRIGGER networks_translations_delete AFTER DELETE ON networks
BEGIN DELETE FROM content_translations WHERE entity = 'network' AND entity_id = old.id; END;
CREATE TRIGGER case_studies_translations_delete AFTER DELETE ON case_studies
BEGIN DELETE FROM content_translations WHERE entity = 'case_study' AND entity_id = old.id; END;
