-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "carriedFields" JSONB,
ADD COLUMN     "uncheckedFields" TEXT[] DEFAULT ARRAY[]::TEXT[];
