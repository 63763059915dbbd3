-- "Large moves only" in the review queue (lib/data/observations/review-queue-sql.ts) compares every waiting
-- observation with the previous published one of its account (or of its official's searches on the platform).
-- At national scale (9 000 waiting, 927 000 published) that took 0.6 s: each probe walked the account's history
-- back through the heap to find an approved row, and each waiting row was read from the heap for its figures.
-- Measured on the scale generator's full data (bench/README.md): 641 ms before, 88 ms with these, every probe and
-- the queue itself read from indexes alone (no heap fetches).
--
-- The previous published observation of an account, and of an official's searches on a platform, with the
-- figures the flags compare: partial, published rows only, in the order the probes take (latest first).
CREATE INDEX "observations_published_account_latest_idx" ON "observations"("accountId", "observedAt" DESC, "createdAt" DESC)
  INCLUDE ("existence", "visibility", "followers", "friends")
  WHERE "status" = 'APPROVED' AND "accountId" IS NOT NULL;
CREATE INDEX "observations_published_search_latest_idx" ON "observations"("officialId", "platform", "observedAt" DESC, "createdAt" DESC)
  INCLUDE ("existence", "visibility", "followers", "friends")
  WHERE "status" = 'APPROVED' AND "accountId" IS NULL;

-- The queue's own index (20261206051500_review_queue_index) also carries what the flags read of a waiting row.
-- Not in schema.prisma, for that migration's reason: Prisma 6 cannot express a partial index and ignores one.
DROP INDEX "observations_review_queue_idx";
CREATE INDEX "observations_review_queue_idx" ON "observations"("submittedAt", "id", "platform", "authorId", "officialId")
  INCLUDE ("accountId", "observedAt", "existence", "visibility", "followers", "friends", "uncheckedFields")
  WHERE "status" = 'SUBMITTED';
