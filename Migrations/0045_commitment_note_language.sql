-- 0045_commitment_note_language (issue 15): the language a commitment note is written in.
--
-- Cities write their notes (why they opt in or out, what progress they made) in their own language; the
-- forms ask for it ("Language of the note", by default the account's language) and every page marks the
-- note with it (`lang`, `dir`). Any BCP 47 tag, checked for its shape by the forms (ContentLanguage), here
-- only its alphabet and length — the same rule as `mayor_briefs.language` (0030). Every note written before
-- is English: the demo's and the papers' are, and the forms had no other language.
ALTER TABLE commitment_events ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (length(language) BETWEEN 2 AND 35 AND language NOT GLOB '*[^A-Za-z0-9-]*');
