/**
 * Every Server Action and route handler, called as a signed-out visitor, the record's owner, another reporter,
 * an editor and an admin, against a real database. A new action or route handler that is not in this table
 * fails the last test, so the table stays complete as the app grows.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { form, outcomeOf, session, type Outcome } from "@/lib/testing/action-harness";
import { createAccount, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { PERMISSION_CASES, type Actor, type World } from "./permission-table.cases";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const ACTORS: Actor[] = ["visitor", "owner", "stranger", "editor", "admin"];
let people: Record<Exclude<Actor, "visitor">, Viewer>;

beforeAll(async () => {
  process.env.UPLOAD_DIR = path.join(process.env.TMPDIR ?? "/tmp", `ashyq-permissions-${process.pid}`);
  const make = async (role: Viewer["role"]) => {
    const user = await createUser(db, { role });
    return { id: user.id, role: user.role, name: user.name, email: user.email };
  };
  people = { owner: await make("REPORTER"), stranger: await make("REPORTER"), editor: await make("EDITOR"), admin: await make("ADMIN") };
});

/** A fresh official, account and observation (by the owner, in the given status) for each call. */
async function world(status: ReviewStatus = "DRAFT"): Promise<World> {
  const official = await createOfficial(db);
  const account = await createAccount(db, { officialId: official.id });
  const observation = await createObservation(db, { officialId: official.id, accountId: account.id, authorId: people.owner.id, status });
  const screenshot = await db.evidence.create({
    data: { observationId: observation.id, kind: "SCREENSHOT", storageKey: `${crypto.randomUUID()}.png`, thumbnailKey: null, mimeType: "image/png" },
  });
  await mkdir(process.env.UPLOAD_DIR!, { recursive: true });
  await writeFile(path.join(process.env.UPLOAD_DIR!, screenshot.storageKey!), "png");
  return { people, official, account, observation, screenshotId: screenshot.id, form };
}

describe("the permission table", () => {
  for (const entry of PERMISSION_CASES) {
    it(`${entry.name}`, async () => {
      const seen: Record<Actor, Outcome> = {} as Record<Actor, Outcome>;
      for (const actor of ACTORS) {
        const w = await world(entry.status);
        session.viewer = actor === "visitor" ? null : people[actor];
        seen[actor] = await outcomeOf(() => entry.call(w));
      }
      session.viewer = null;
      expect(seen).toEqual(entry.expect);
    });
  }

  it("covers every Server Action and route handler in the app", async () => {
    // Each module as it loads (under this file's mocks), so what counts is what it exports, however written:
    // every function a route's actions.ts or route.ts exports is callable from outside.
    const modules = import.meta.glob<Record<string, unknown>>(["/app/**/actions.ts", "/app/**/route.ts"]);
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    const exported = (
      await Promise.all(
        Object.entries(modules).map(async ([file, load]) =>
          Object.entries(await load())
            .filter(([, value]) => typeof value === "function")
            .map(([name]) => `${file.slice("/app/".length)}#${name}`),
        ),
      )
    ).flat();
    const covered = new Set(PERMISSION_CASES.flatMap((entry) => entry.covers));
    expect(exported.filter((name) => !covered.has(name)).sort()).toEqual([]);
  });
});
