-- The review queue (lib/data/observations/list-review-queue.ts): submitted observations in the order they were
-- submitted, with the columns its filters read (platform, reporter, official), so that a page, the count and
-- every filter but "flagged" are read from this index alone. Partial: only what waits for review, a few
-- thousand rows where the table holds a million.
--
-- Not in schema.prisma: Prisma 6 cannot express a partial index, and its schema engine ignores one (checked:
-- `prisma migrate dev` neither drops nor re-creates it). Written there without the WHERE, it would be created
-- a second time by the next generated migration.
CREATE INDEX "observations_review_queue_idx" ON "observations"("submittedAt", "id", "platform", "authorId", "officialId") WHERE "status" = 'SUBMITTED';
