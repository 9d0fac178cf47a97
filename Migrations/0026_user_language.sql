-- Each user's preferred language for the workspace (and, later, the mail sent to them): one of the
-- platform's catalogues. Public pages follow their URL (/fr/…, /es/…), not this.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es'));
