-- Saved embeds (issue 17, part 5; docs/decisions/0007-embeds.md): an embed's kind and canonical query with an
-- article's headline, intro, notes and source line, under a short public id that the article's code names
-- (/embed/e/<id>). Versioned and audited like every record edited in the newsroom.

-- CreateEnum
CREATE TYPE "SavedEmbedKind" AS ENUM ('COMPARISON', 'OFFICIAL', 'CHANGES');

-- CreateTable
CREATE TABLE "saved_embeds" (
    "id" TEXT NOT NULL,
    "kind" "SavedEmbedKind" NOT NULL,
    "query" TEXT NOT NULL,
    "officialId" TEXT,
    "headline" TEXT NOT NULL,
    "intro" TEXT,
    "notes" TEXT,
    "sourceLine" TEXT,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "saved_embeds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_embeds_createdAt_id_idx" ON "saved_embeds"("createdAt", "id");

-- CreateIndex
CREATE INDEX "saved_embeds_officialId_idx" ON "saved_embeds"("officialId");

-- AddForeignKey
ALTER TABLE "saved_embeds" ADD CONSTRAINT "saved_embeds_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "officials"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_embeds" ADD CONSTRAINT "saved_embeds_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_embeds" ADD CONSTRAINT "saved_embeds_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A card names its official; the comparison and the change report name none. Not in schema.prisma: Prisma 6
-- cannot express a check constraint, and its schema engine ignores one (checked: `prisma migrate dev` neither
-- drops nor re-creates it).
ALTER TABLE "saved_embeds" ADD CONSTRAINT "saved_embeds_official_of_a_card" CHECK (("kind" = 'OFFICIAL') = ("officialId" IS NOT NULL));
