-- 0015_no_default_cycle: a new platform has no reporting cycle until an admin opens one.
--
-- Migration 0007 inserted a 2026 cycle into every new database, whatever the year. This takes that row
-- out where it is still exactly as 0007 wrote it (never saved since: version 1, same deadline and note)
-- and nothing can depend on it (no Mayor Brief at all): in practice, a database created a moment ago.
-- A database in use keeps its cycle. The demo data (Seeds/demo.sql) inserts the 2026 cycle it needs.
DELETE FROM reporting_cycles
WHERE year = 2026
  AND version = 1
  AND deadline = '2027-03-31'
  AND note IS 'Mayor Briefs on the 2026 programme year are due by the end of March 2027.'
  AND NOT EXISTS (SELECT 1 FROM mayor_briefs);
