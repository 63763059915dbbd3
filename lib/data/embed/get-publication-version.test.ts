import { beforeAll, describe, expect, it } from "vitest";
import { writeAuditEntry } from "@/lib/data/audit/write-audit-entry";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getPublicationVersion } from "./get-publication-version";

withTestDatabase();

let actorId: string;
beforeAll(async () => {
  actorId = (await createUser(db, { role: "EDITOR" })).id;
});

const audit = (tx: Parameters<typeof writeAuditEntry>[0], entityId: string) =>
  writeAuditEntry(tx, { actorId, action: "observation.approve", entity: "observation", entityId });

describe("the publication version", () => {
  it("moves with every audited change", async () => {
    const before = await getPublicationVersion();
    await db.$transaction((tx) => audit(tx, "a"));
    expect(await getPublicationVersion()).not.toBe(before);
  });

  // On a server, other sessions' transactions in progress (other test files) move it too.
  it.skipIf(process.env.TEST_DATABASE_URL)("stays while nothing changes", async () => {
    expect(await getPublicationVersion()).toBe(await getPublicationVersion());
  });

  // Two transactions at once need a server: the embedded database runs one at a time.
  it.runIf(process.env.TEST_DATABASE_URL)("moves again when a change numbered earlier commits after a later one", async () => {
    let inserted!: () => void;
    let release!: () => void;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const mayCommit = new Promise<void>((resolve) => (release = resolve));
    const first = db.$transaction(
      async (tx) => {
        await audit(tx, "first"); // takes the lower id
        inserted();
        await mayCommit;
      },
      { timeout: 20_000 },
    );
    await firstInserted;
    await db.$transaction((tx) => audit(tx, "second")); // the higher id, committed first
    const whileFirstRuns = await getPublicationVersion();
    release();
    await first;
    // A page rendered under `whileFirstRuns` lacks the first change: the version must not stay the same.
    expect(await getPublicationVersion()).not.toBe(whileFirstRuns);
  });
});
