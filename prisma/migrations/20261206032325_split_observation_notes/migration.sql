-- Issue 15: a reporter's notes were published verbatim. The one notes column becomes the internal note, which
-- no export reads (existing notes were written for the newsroom, so they stay inside it, kept whole); the
-- public note is a new, empty column that only a reporter's choice fills.
ALTER TABLE "observations" RENAME COLUMN "notes" TO "internalNote";
ALTER TABLE "observations" ADD COLUMN "publicNote" TEXT;

-- An observations upload waiting for confirmation keeps its column mapping: a column mapped to the notes now
-- fills the internal note.
UPDATE "imports"
SET "mapping" = (
  SELECT jsonb_agg(CASE WHEN field = '"notes"'::jsonb THEN '"internalNote"'::jsonb ELSE field END ORDER BY position)
  FROM jsonb_array_elements("mapping") WITH ORDINALITY AS columns(field, position)
)
WHERE "kind" = 'OBSERVATIONS' AND "status" = 'PENDING' AND jsonb_typeof("mapping") = 'array' AND "mapping" @> '["notes"]'::jsonb;
