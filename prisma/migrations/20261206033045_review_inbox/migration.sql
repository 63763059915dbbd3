-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "seenByAuthorAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "reviewQueueSeenAt" TIMESTAMP(3);
