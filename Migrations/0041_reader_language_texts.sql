-- Issue 15: notifications are written in each reader's language when they are listed, from their kind and
-- brief; these columns hold the rest of what the text says. `message` stays as it was recorded (English).
--   version: the version a `submitted` notification announces (1 for a first submission);
--   note:    the reviewer's comment (`changes_requested`) or the withdrawal's reason (`withdrawn`), as typed;
--            '' when there is none.
ALTER TABLE notifications ADD COLUMN version INTEGER;
ALTER TABLE notifications ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Rows written before: the comment, reason and version read back from the English message, whose shapes
-- were fixed ("… Mayor Brief “T”: comment", "… public pages. Reason: r", "X resubmitted (version 3) its …").
UPDATE notifications SET note = substr(message, instr(message, '”: ') + 3)
WHERE kind = 'changes_requested' AND instr(message, '”: ') > 0;
UPDATE notifications SET note = substr(message, instr(message, ' Reason: ') + 9)
WHERE kind = 'withdrawn' AND instr(message, ' Reason: ') > 0;
UPDATE notifications SET version = CASE
    WHEN instr(message, ' resubmitted (version ') > 0 THEN CAST(substr(message, instr(message, ' resubmitted (version ') + 22) AS INTEGER)
    ELSE 1 END
WHERE kind = 'submitted';

-- The language an invitation's email is written in, and the new account's first `users.language`.
ALTER TABLE invitations ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es'));
