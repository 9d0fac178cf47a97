-- 0044_search_languages (issue 16): each text in the search index is stemmed by its content's language
-- (a Mayor Brief's and a case study's `language`, a translation's), no longer all as English.
--
-- search_index_languages: the stemming languages (TextSearch's `SearchText.stemmingLanguage`: 'en', 'fr',
-- 'es', 'pt', or the primary subtag of a language Snowball has no stemmer for) of the text the index
-- holds. A query has no language of its own: its words are prepared in the page's language and in each of
-- these, the forms ORed. Written with the index (a language is added with the first text in it; the
-- rebuild starts the list again), so a search reads a few rows instead of every brief.
CREATE TABLE search_index_languages (
    language TEXT PRIMARY KEY CHECK (length(language) BETWEEN 1 AND 35)
) STRICT, WITHOUT ROWID;

-- The index was stemmed as English throughout: `gpm serve` (or `gpm reindex`) rebuilds it.
UPDATE search_index_state SET stale = 1;
