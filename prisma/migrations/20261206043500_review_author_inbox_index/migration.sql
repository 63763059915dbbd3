-- The observation's author on each decision, filled from the observations, then required: the inbox reads
-- (author, unread) from one index instead of joining every unread decision to its observation.
ALTER TABLE "reviews" ADD COLUMN "observationAuthorId" TEXT;

UPDATE "reviews" r SET "observationAuthorId" = o."authorId" FROM "observations" o WHERE o."id" = r."observationId";

ALTER TABLE "reviews" ALTER COLUMN "observationAuthorId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "reviews_observationAuthorId_seenByAuthorAt_idx" ON "reviews"("observationAuthorId", "seenByAuthorAt");
