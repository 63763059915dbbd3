/**
 * What the database holds for the run's submissions, read straight from the tables (not through the app, which
 * could hide a half-written row): each observation with its evidence and its audit entries, and any audit entry
 * of the run that names an observation that does not exist.
 *
 * Also a command, for the embedded database, whose data directory only one process may open:
 *   DATABASE_URL=… tsx bench/crash/snapshot.ts <request.json> <answer.json>
 * (a request with `reporterEmail` reads the setting instead).
 */
import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/database-url";

export type StoredScreenshot = { storageKey: string | null; thumbnailKey: string | null; sha256: string | null };

export type Stored = {
  id: string;
  idempotencyKey: string;
  authorId: string;
  status: string;
  officialId: string;
  accountId: string | null;
  platform: string;
  existence: string;
  visibility: string | null;
  followersRaw: string | null;
  followers: number | null;
  postsRaw: string | null;
  posts: number | null;
  hasAvatar: boolean | null;
  contentKinds: string[];
  languages: string[];
  publicNote: string | null;
  internalNote: string | null;
  links: string[];
  screenshots: StoredScreenshot[];
  /** `observation.create` entries for this observation: exactly one if the write was whole. */
  createAudits: number;
  /** How many evidence rows that entry recorded. */
  auditedEvidence: number | null;
};

export type Snapshot = {
  observations: Stored[];
  /** Observations whose internal notes name the run, however they were keyed: more than the submissions means duplicates. */
  runObservations: number;
  /** `observation.create` entries since the run began whose observation is missing. */
  orphanAudits: number;
  /** Every screenshot file name the evidence table knows, to find files written by a save that never committed. */
  knownFiles: string[];
};

export type SnapshotRequest = { keys: string[]; runId: string; since: string };

export type Subject = { officialId: string; accountId: string; platform: string };

/** Before the first round: who submits, and the accounts to observe. */
export type Setting = { reporterId: string; subjects: Subject[] };

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function readSetting(databaseUrl: string, reporterEmail: string): Promise<Setting> {
  return withClient(databaseUrl, async (client) => {
    const reporter = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [reporterEmail]);
    if (!reporter.rows[0]) throw new Error(`No user ${reporterEmail}: is the database seeded?`);
    const subjects = await client.query<Subject>(`SELECT id AS "accountId", "officialId", platform::text AS platform FROM accounts ORDER BY id`);
    if (subjects.rows.length === 0) throw new Error("No accounts to observe: is the database seeded?");
    return { reporterId: reporter.rows[0].id, subjects: subjects.rows };
  });
}

export function takeSnapshot(databaseUrl: string, { keys, runId, since }: SnapshotRequest): Promise<Snapshot> {
  return withClient(databaseUrl, async (client) => {
    const observations = await client.query<Stored>(
      `SELECT o.id, o."idempotencyKey", o."authorId", o.status::text AS status, o."officialId", o."accountId",
              o.platform::text AS platform, o.existence::text AS existence, o.visibility::text AS visibility,
              o."followersRaw", o.followers, o."postsRaw", o.posts, o."hasAvatar",
              o."contentKinds"::text[] AS "contentKinds", o.languages::text[] AS languages, o."publicNote", o."internalNote",
              COALESCE((SELECT array_agg(e.url ORDER BY e.url) FROM evidence e WHERE e."observationId" = o.id AND e.kind = 'LINK'), '{}') AS links,
              COALESCE((SELECT json_agg(json_build_object('storageKey', e."storageKey", 'thumbnailKey', e."thumbnailKey", 'sha256', e.sha256))
                        FROM evidence e WHERE e."observationId" = o.id AND e.kind = 'SCREENSHOT'), '[]') AS screenshots,
              (SELECT count(*)::int FROM audit_entries a
                WHERE a.entity = 'observation' AND a."entityId" = o.id AND a.action = 'observation.create') AS "createAudits",
              (SELECT jsonb_array_length(a.after -> 'evidence') FROM audit_entries a
                WHERE a.entity = 'observation' AND a."entityId" = o.id AND a.action = 'observation.create' ORDER BY a.id LIMIT 1) AS "auditedEvidence"
         FROM observations o
        WHERE o."idempotencyKey" = ANY($1::text[])`,
      [keys],
    );
    const run = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM observations WHERE "internalNote" LIKE $1`, [
      `crash test ${runId} #%`,
    ]);
    const orphans = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_entries a
        WHERE a.action = 'observation.create' AND a.at >= $1 AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.id = a."entityId")`,
      [since],
    );
    const files = await client.query<{ key: string }>(
      `SELECT "storageKey" AS key FROM evidence WHERE "storageKey" IS NOT NULL UNION ALL SELECT "thumbnailKey" FROM evidence WHERE "thumbnailKey" IS NOT NULL`,
    );
    return {
      observations: observations.rows,
      runObservations: run.rows[0]!.count,
      orphanAudits: orphans.rows[0]!.count,
      knownFiles: files.rows.map((row) => row.key),
    };
  });
}

if (process.argv[1]?.endsWith("snapshot.ts") && process.argv[3]) {
  const request = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as SnapshotRequest | { reporterEmail: string };
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run me under scripts/with-db.ts)");
  const reading = "reporterEmail" in request ? readSetting(url, request.reporterEmail) : takeSnapshot(url, request);
  reading.then(
    (result) => writeFileSync(process.argv[3]!, JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
