-- 0021_editorial_short_titles (issue 13): a database seeded before migration 0020 gets the editors' short
-- titles for the actions the papers print without a title, the same ones Seeds/tools/data_sessions.py
-- (SHORT_TITLES) gives a new database. Only an action still untitled and without a short title, under the
-- slug the seed gave it, is changed; an action staff renamed or titled keeps what they wrote.
UPDATE actions SET short_title = 'Real-time data on migration and crime', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-and-security-1' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Integration from the moment of arrival', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-and-security-2' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Fighting migrant-smuggling networks', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-and-security-3' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'City identification for all residents', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-administration-and-management-1' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Social networks that guide newcomers', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-administration-and-management-2' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Forms without discriminating questions', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-administration-and-management-3' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Bottom-up community engagement', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-administration-and-management-4' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'No long-term migrant camps', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-administration-and-management-5' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Working with cities of origin', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'migration-administration-and-management-6' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'A permanent platform for cities', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-1' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Advising international organisations', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-2' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Letting the voice of cities be heard', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-3' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Connecting people and city systems', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-4' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Using embassies'' local expertise', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-5' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'The city as a lab for global challenges', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-6' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Involving all stakeholders', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-7' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'City pride and a good business climate', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-8' AND title IS NULL AND short_title IS NULL;
UPDATE actions SET short_title = 'Yearly Mayor Brief on successful programmes', short_title_is_editorial = 1, version = version + 1
WHERE slug = 'cities-as-governance-partners-9' AND title IS NULL AND short_title IS NULL;
