-- 0017_cities_by_name_and_slug: the directory and its export order cities by name, ties broken by the
-- slug (so the order depends on the data alone and an export re-imports in the same order). This index
-- serves that order, so a page of the directory reads its 20 cities in order instead of sorting them all.
CREATE INDEX cities_by_name_and_slug ON cities (name COLLATE NOCASE, slug);
