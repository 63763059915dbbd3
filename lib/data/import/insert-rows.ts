import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma, type Observation } from "@/lib/generated/prisma/client";

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

/**
 * An imported observation as inserted: the generated Observation but the columns the database fills (the
 * timestamps, the version) and those no import sets (the form's idempotency key; an approximate last-post date,
 * which only the story's seed has; where carried values come from, which only an approval sets). Derived, so that a new column fails to compile here and in
 * write-import-plan.ts until the import writes it.
 */
export type ObservationRow = Omit<Observation, "createdAt" | "updatedAt" | "version" | "idempotencyKey" | "carriedFields">;

/** A column's type in the JSON recordset; an enum travels as text, a list of enums as a JSON array. */
type ColumnType = "text" | "boolean" | "integer" | "date" | "timestamp(3)" | { enum: string } | { enumList: string };

// Every column of ObservationRow, in one place: the statement below is made from this list.
const OBSERVATION_COLUMNS: Record<keyof ObservationRow, ColumnType> = {
  id: "text",
  officialId: "text",
  platform: { enum: "Platform" },
  accountId: "text",
  waveId: "text",
  observedAt: "timestamp(3)",
  observedAtPrecision: { enum: "DatePrecision" },
  existence: { enum: "Existence" },
  visibility: { enum: "Visibility" },
  attribution: { enum: "Attribution" },
  attributionNote: "text",
  hasAvatar: "boolean",
  verifiedBadge: "boolean",
  followers: "integer",
  followersRaw: "text",
  followersApproximate: "boolean",
  following: "integer",
  followingRaw: "text",
  followingApproximate: "boolean",
  friends: "integer",
  friendsRaw: "text",
  friendsApproximate: "boolean",
  posts: "integer",
  postsRaw: "text",
  postsApproximate: "boolean",
  lastPostAt: "date",
  lastPostAtPrecision: { enum: "DatePrecision" },
  lastPostUrl: "text",
  contentKinds: { enumList: "ContentKind" },
  languages: { enumList: "ContentLanguage" },
  commentsOpen: "boolean",
  replies: { enum: "ReplyFrequency" },
  liveStreams: "boolean",
  lastLiveAt: "date",
  lastLiveAtPrecision: { enum: "DatePrecision" },
  personalStories: "boolean",
  likesLevel: { enum: "LikesLevel" },
  uncheckedFields: { enumList: "text" },
  publicNote: "text",
  internalNote: "text",
  status: { enum: "ReviewStatus" },
  authorId: "text",
  submittedAt: "timestamp(3)",
  reviewedAt: "timestamp(3)",
  reviewerId: "text",
};

const columns = Object.entries(OBSERVATION_COLUMNS) as [keyof ObservationRow, ColumnType][];
const recordsetType = (type: ColumnType) => (typeof type === "string" ? type : "enum" in type ? "text" : "jsonb");
const fromRecordset = (name: string, type: ColumnType) =>
  typeof type === "string"
    ? `r."${name}"`
    : "enum" in type
      ? `r."${name}"::"${type.enum}"`
      : `ARRAY(SELECT jsonb_array_elements_text(r."${name}"))::"${type.enumList}"[]`;
// Made from the constant list above, never from input: safe as raw SQL.
const insertColumns = Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "));
const selectColumns = Prisma.raw(columns.map(([name, type]) => fromRecordset(name, type)).join(", "));
const recordsetColumns = Prisma.raw(columns.map(([name, type]) => `"${name}" ${recordsetType(type)}`).join(", "));

export function insertObservations(tx: Tx, rows: readonly ObservationRow[]) {
  return inBatches(rows, (json) =>
    tx.$executeRaw(Prisma.sql`
      INSERT INTO "observations" (${insertColumns}, "updatedAt")
      SELECT ${selectColumns}, now()
      FROM jsonb_to_recordset(${json}::jsonb) AS r(${recordsetColumns})`),
  );
}

/** Each link with the id it is given by the caller, of the kind Prisma's default gives (not the database's UUID). */
export function insertEvidenceLinks(tx: Tx, rows: readonly { id: string; observationId: string; url: string }[]) {
  return inBatches(rows, (json) =>
    tx.$executeRaw(Prisma.sql`
      INSERT INTO "evidence" ("id", "observationId", "kind", "url")
      SELECT r."id", r."observationId", 'LINK'::"EvidenceKind", r."url"
      FROM jsonb_to_recordset(${json}::jsonb) AS r("id" text, "observationId" text, "url" text)`),
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
