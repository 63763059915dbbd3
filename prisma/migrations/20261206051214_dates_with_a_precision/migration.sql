-- Issue 15, part 3: dates with a precision (day, month or year) replace the two "approximate" flags, keeping what
-- each flagged row said (docs/decisions/0015-dates-with-a-precision.md).
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

ALTER TABLE "observations"
ADD COLUMN "observedAtPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN "lastPostAtPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN "lastLiveAtPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- An approximate moment was the story's survey ("late summer 2024", written as 28 August) or an upload's
-- "approximate date: yes": a day nobody is sure of, within a month they are. The instant stays as it was: it orders
-- the observations and places them in time; the precision only says how much of it to show and to publish.
UPDATE "observations" SET "observedAtPrecision" = 'MONTH' WHERE "observedAtApproximate";

-- An approximate last post was "the latest it can be, not a known day". Written on 31 December, it was a year
-- ("last tagged in 2021", as the seed kept it): the year. On any other day, the month it falls in, kept as that
-- month's last day, the latest day of the period, as every partial date is: the finest precision that claims no
-- more than was known.
UPDATE "observations" SET "lastPostAtPrecision" = 'YEAR'
WHERE "lastPostAtApproximate" AND "lastPostAt" IS NOT NULL AND EXTRACT(MONTH FROM "lastPostAt") = 12 AND EXTRACT(DAY FROM "lastPostAt") = 31;

UPDATE "observations"
SET "lastPostAtPrecision" = 'MONTH', "lastPostAt" = (date_trunc('month', "lastPostAt") + interval '1 month' - interval '1 day')::date
WHERE "lastPostAtApproximate" AND "lastPostAt" IS NOT NULL AND NOT (EXTRACT(MONTH FROM "lastPostAt") = 12 AND EXTRACT(DAY FROM "lastPostAt") = 31);

ALTER TABLE "observations" DROP COLUMN "observedAtApproximate",
DROP COLUMN "lastPostAtApproximate";

-- An observations upload waiting for confirmation keeps its column mapping: the "approximate date" column now fills
-- the observation's precision, which reads its yes / no as month / day.
UPDATE "imports"
SET "mapping" = (
  SELECT jsonb_agg(CASE WHEN field = '"observedAtApproximate"'::jsonb THEN '"observedAtPrecision"'::jsonb ELSE field END ORDER BY position)
  FROM jsonb_array_elements("mapping") WITH ORDINALITY AS columns(field, position)
)
WHERE "kind" = 'OBSERVATIONS' AND "status" = 'PENDING' AND jsonb_typeof("mapping") = 'array' AND "mapping" @> '["observedAtApproximate"]'::jsonb;
