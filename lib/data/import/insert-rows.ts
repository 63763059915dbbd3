import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The import's bulk inserts: each batch of rows goes to the database as one JSON parameter, unpacked there by
 * jsonb_to_recordset. Prisma's createMany binds every value as its own parameter, which on the embedded
 * database made 20 000 observations take minutes instead of seconds (bench/import/import-20k.ts).
 * Timestamps are written as ISO instants into `timestamp` columns: PostgreSQL drops the "Z", and Prisma keeps
 * UTC there, so they read back as the same instants.
 */

const BATCH = 2000;

async function inBatches<T>(rows: readonly T[], insert: (json: string) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(JSON.stringify(rows.slice(i, i + BATCH)));
}

export type ObservationRow = {
  id: string;
  officialId: string;
  platform: string;
  accountId: string | null;
  observedAt: Date;
  observedAtApproximate: boolean;
  existence: string;
  visibility: string | null;
  attribution: string | null;
  attributionNote: string | null;
  hasAvatar: boolean | null;
  verifiedBadge: boolean | null;
  followers: number | null;
  followersRaw: string | null;
  followersApproximate: boolean;
  following: number | null;
  followingRaw: string | null;
  followingApproximate: boolean;
  friends: number | null;
  friendsRaw: string | null;
  friendsApproximate: boolean;
  posts: number | null;
  postsRaw: string | null;
  postsApproximate: boolean;
  lastPostAt: Date | null;
  lastPostUrl: string | null;
  contentKinds: string[];
  languages: string[];
  commentsOpen: boolean | null;
  replies: string | null;
  liveStreams: boolean | null;
  lastLiveAt: Date | null;
  personalStories: boolean | null;
  likesLevel: string | null;
  notes: string | null;
  status: string;
  authorId: string;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewerId: string | null;
};

export function insertObservations(tx: Tx, rows: readonly ObservationRow[]) {
  return inBatches(rows, (json) =>
    tx.$executeRaw(Prisma.sql`
      INSERT INTO "observations" (
        "id", "officialId", "platform", "accountId", "observedAt", "observedAtApproximate", "existence", "visibility",
        "attribution", "attributionNote", "hasAvatar", "verifiedBadge", "followers", "followersRaw", "followersApproximate",
        "following", "followingRaw", "followingApproximate", "friends", "friendsRaw", "friendsApproximate", "posts",
        "postsRaw", "postsApproximate", "lastPostAt", "lastPostUrl", "contentKinds", "languages", "commentsOpen", "replies",
        "liveStreams", "lastLiveAt", "personalStories", "likesLevel", "notes", "status", "authorId", "submittedAt",
        "reviewedAt", "reviewerId", "updatedAt"
      )
      SELECT
        r."id", r."officialId", r."platform"::"Platform", r."accountId", r."observedAt", r."observedAtApproximate",
        r."existence"::"Existence", r."visibility"::"Visibility", r."attribution"::"Attribution", r."attributionNote",
        r."hasAvatar", r."verifiedBadge", r."followers", r."followersRaw", r."followersApproximate", r."following",
        r."followingRaw", r."followingApproximate", r."friends", r."friendsRaw", r."friendsApproximate", r."posts",
        r."postsRaw", r."postsApproximate", r."lastPostAt", r."lastPostUrl",
        ARRAY(SELECT jsonb_array_elements_text(r."contentKinds"))::"ContentKind"[],
        ARRAY(SELECT jsonb_array_elements_text(r."languages"))::"ContentLanguage"[],
        r."commentsOpen", r."replies"::"ReplyFrequency", r."liveStreams", r."lastLiveAt", r."personalStories",
        r."likesLevel"::"LikesLevel", r."notes", r."status"::"ReviewStatus", r."authorId", r."submittedAt", r."reviewedAt",
        r."reviewerId", now()
      FROM jsonb_to_recordset(${json}::jsonb) AS r(
        "id" text, "officialId" text, "platform" text, "accountId" text, "observedAt" timestamp(3),
        "observedAtApproximate" boolean, "existence" text, "visibility" text, "attribution" text, "attributionNote" text,
        "hasAvatar" boolean, "verifiedBadge" boolean, "followers" integer, "followersRaw" text, "followersApproximate" boolean,
        "following" integer, "followingRaw" text, "followingApproximate" boolean, "friends" integer, "friendsRaw" text,
        "friendsApproximate" boolean, "posts" integer, "postsRaw" text, "postsApproximate" boolean, "lastPostAt" date,
        "lastPostUrl" text, "contentKinds" jsonb, "languages" jsonb, "commentsOpen" boolean, "replies" text,
        "liveStreams" boolean, "lastLiveAt" date, "personalStories" boolean, "likesLevel" text, "notes" text,
        "status" text, "authorId" text, "submittedAt" timestamp(3), "reviewedAt" timestamp(3), "reviewerId" text
      )`),
  );
}

export function insertEvidenceLinks(tx: Tx, rows: readonly { observationId: string; url: string }[]) {
  return inBatches(rows, (json) =>
    tx.$executeRaw(Prisma.sql`
      INSERT INTO "evidence" ("id", "observationId", "kind", "url")
      SELECT gen_random_uuid()::text, r."observationId", 'LINK'::"EvidenceKind", r."url"
      FROM jsonb_to_recordset(${json}::jsonb) AS r("observationId" text, "url" text)`),
  );
}

export function insertApprovals(tx: Tx, rows: readonly { observationId: string; editorId: string; comment: string }[]) {
  return inBatches(rows, (json) =>
    tx.$executeRaw(Prisma.sql`
      INSERT INTO "reviews" ("id", "observationId", "editorId", "decision", "comment")
      SELECT gen_random_uuid()::text, r."observationId", r."editorId", 'APPROVED'::"ReviewDecision", r."comment"
      FROM jsonb_to_recordset(${json}::jsonb) AS r("observationId" text, "editorId" text, "comment" text)`),
  );
}

export type AuditRow = { actorId: string; action: string; entity: string; entityId: string; before: unknown; after: unknown };

export function insertAuditEntries(tx: Tx, rows: readonly AuditRow[]) {
  return inBatches(rows, (json) =>
    tx.$executeRaw(Prisma.sql`
      INSERT INTO "audit_entries" ("actorId", "action", "entity", "entityId", "before", "after")
      SELECT r."actorId", r."action", r."entity", r."entityId", r."before", r."after"
      FROM jsonb_to_recordset(${json}::jsonb) AS r("actorId" text, "action" text, "entity" text, "entityId" text, "before" jsonb, "after" jsonb)`),
  );
}
