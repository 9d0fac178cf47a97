-- Settings the secretariat changes without a release, one row each. `help_email`: the address of the help
-- and contact link on every page (WCAG 3.2.6, consistent help); every install starts with the secretariat's.
CREATE TABLE site_settings (
    key   TEXT PRIMARY KEY CHECK (key IN ('help_email')),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 3 AND 254)
) STRICT;

INSERT INTO site_settings (key, value) VALUES ('help_email', 'secretariat@globalparliamentofmayors.org');
