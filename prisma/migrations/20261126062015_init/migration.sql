-- CreateEnum
CREATE TYPE "AkimatLevel" AS ENUM ('REGION', 'CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "PositionTitle" AS ENUM ('AKIM', 'FIRST_DEPUTY_AKIM', 'DEPUTY_AKIM', 'CHIEF_OF_STAFF', 'ADVISER', 'OTHER');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('FACEBOOK', 'INSTAGRAM', 'TELEGRAM', 'X', 'TIKTOK', 'YOUTUBE', 'VK', 'THREADS', 'LINKEDIN', 'OTHER');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('PERSONAL_PROFILE', 'PAGE', 'CHANNEL', 'GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "Existence" AS ENUM ('FOUND', 'NOT_FOUND', 'DELETED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'CLOSED', 'PARTIAL');

-- CreateEnum
CREATE TYPE "Attribution" AS ENUM ('CONFIRMED', 'VERIFIED_BADGE', 'SELF_DECLARED', 'LIKELY', 'UNCERTAIN');

-- CreateEnum
CREATE TYPE "ContentKind" AS ENUM ('OFFICIAL_WORK', 'PERSONAL_LIFE', 'FAMILY', 'REPOSTS', 'SPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "ContentLanguage" AS ENUM ('KAZAKH', 'RUSSIAN', 'OTHER');

-- CreateEnum
CREATE TYPE "ReplyFrequency" AS ENUM ('NEVER', 'SOMETIMES', 'REGULARLY');

-- CreateEnum
CREATE TYPE "LikesLevel" AS ENUM ('FEW', 'MODERATE', 'MANY');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('SCREENSHOT', 'LINK');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('REPORTER', 'EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "akimats" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKk" TEXT,
    "nameEn" TEXT,
    "level" "AkimatLevel" NOT NULL,
    "parentId" TEXT,
    "endedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "akimats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "officials" (
    "id" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "fullNameLatin" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "officials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "positions" (
    "id" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "akimatId" TEXT NOT NULL,
    "title" "PositionTitle" NOT NULL,
    "portfolio" TEXT,
    "startedOn" DATE,
    "endedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "positions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "kind" "AccountKind" NOT NULL DEFAULT 'PERSONAL_PROFILE',
    "handle" TEXT,
    "url" TEXT,
    "label" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observations" (
    "id" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "accountId" TEXT,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "observedAtApproximate" BOOLEAN NOT NULL DEFAULT false,
    "existence" "Existence" NOT NULL,
    "attribution" "Attribution",
    "attributionNote" TEXT,
    "visibility" "Visibility",
    "hasAvatar" BOOLEAN,
    "verifiedBadge" BOOLEAN,
    "followersRaw" TEXT,
    "followers" INTEGER,
    "followersApproximate" BOOLEAN NOT NULL DEFAULT false,
    "followingRaw" TEXT,
    "following" INTEGER,
    "followingApproximate" BOOLEAN NOT NULL DEFAULT false,
    "friendsRaw" TEXT,
    "friends" INTEGER,
    "friendsApproximate" BOOLEAN NOT NULL DEFAULT false,
    "postsRaw" TEXT,
    "posts" INTEGER,
    "postsApproximate" BOOLEAN NOT NULL DEFAULT false,
    "lastPostAt" DATE,
    "lastPostAtApproximate" BOOLEAN NOT NULL DEFAULT false,
    "lastPostUrl" TEXT,
    "contentKinds" "ContentKind"[],
    "languages" "ContentLanguage"[],
    "commentsOpen" BOOLEAN,
    "replies" "ReplyFrequency",
    "liveStreams" BOOLEAN,
    "lastLiveAt" DATE,
    "personalStories" BOOLEAN,
    "likesLevel" "LikesLevel",
    "notes" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "idempotencyKey" TEXT,
    "authorId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "observations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "observationId" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "observationId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "url" TEXT,
    "storageKey" TEXT,
    "thumbnailKey" TEXT,
    "mimeType" TEXT,
    "byteSize" INTEGER,
    "sha256" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "caption" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "akimats_slug_key" ON "akimats"("slug");

-- CreateIndex
CREATE INDEX "akimats_parentId_idx" ON "akimats"("parentId");

-- CreateIndex
CREATE INDEX "officials_fullName_idx" ON "officials"("fullName");

-- CreateIndex
CREATE INDEX "positions_officialId_idx" ON "positions"("officialId");

-- CreateIndex
CREATE INDEX "positions_akimatId_endedOn_idx" ON "positions"("akimatId", "endedOn");

-- CreateIndex
CREATE INDEX "accounts_officialId_platform_idx" ON "accounts"("officialId", "platform");

-- CreateIndex
CREATE UNIQUE INDEX "observations_idempotencyKey_key" ON "observations"("idempotencyKey");

-- CreateIndex
CREATE INDEX "observations_status_observedAt_idx" ON "observations"("status", "observedAt");

-- CreateIndex
CREATE INDEX "observations_officialId_platform_observedAt_idx" ON "observations"("officialId", "platform", "observedAt");

-- CreateIndex
CREATE INDEX "observations_accountId_observedAt_idx" ON "observations"("accountId", "observedAt");

-- CreateIndex
CREATE INDEX "observations_authorId_status_idx" ON "observations"("authorId", "status");

-- CreateIndex
CREATE INDEX "reviews_observationId_createdAt_idx" ON "reviews"("observationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_storageKey_key" ON "evidence"("storageKey");

-- CreateIndex
CREATE INDEX "evidence_observationId_idx" ON "evidence"("observationId");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "audit_entries_entity_entityId_at_idx" ON "audit_entries"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "audit_entries_at_idx" ON "audit_entries"("at");

-- AddForeignKey
ALTER TABLE "akimats" ADD CONSTRAINT "akimats_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "akimats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "positions" ADD CONSTRAINT "positions_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "officials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "positions" ADD CONSTRAINT "positions_akimatId_fkey" FOREIGN KEY ("akimatId") REFERENCES "akimats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "officials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "officials"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "observations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "observations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail is append-only: nobody, through the app or a stray query, rewrites history.
CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entries_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
