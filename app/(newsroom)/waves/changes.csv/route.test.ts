import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { writeAuditEntry } from "@/lib/data/audit/write-audit-entry";
import { db } from "@/lib/db";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { session } from "@/lib/testing/action-harness";
import { createObservation, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory, type SeededStory } from "@/prisma/seed-story";
import { STORY_WAVE } from "@/prisma/story";
import { GET } from "./route";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

let story: SeededStory;
let laterWave: string;
let reporterId: string;
let reporterViewer: Viewer;
const csv = (query: string, cookie?: string) => GET(new Request(`http://localhost/waves/changes.csv?${query}`, { headers: cookie ? { cookie } : {} }));
const instagramOf = (latin: string) => {
  const official = story.officials.find((o) => o.fullNameLatin === latin)!;
  return { officialId: official.officialId, accountId: official.accounts.find((a) => a.platform === "INSTAGRAM")!.accountId };
};

beforeAll(async () => {
  clearPublishedRenderCache();
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  reporterId = reporter.id;
  story = await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
  const wave = await db.wave.create({
    data: {
      ...STORY_WAVE,
      name: "Август 2026",
      opensOn: new Date("2026-08-01"),
      dueOn: new Date("2026-08-31"),
      closedAt: null,
      akimats: { create: [{ akimatId: story.akimatIds.sko }, { akimatId: story.akimatIds.petropavlovsk }] },
    },
  });
  laterWave = wave.id;
  await createObservation(db, {
    ...instagramOf("Gauez Nurmukhambetov"),
    authorId: reporter.id,
    waveId: laterWave,
    status: "APPROVED",
    reviewedAt: new Date("2026-08-21T07:00:00Z"),
    observedAt: new Date("2026-08-20T07:00:00Z"),
    existence: "FOUND",
    visibility: "PUBLIC",
    followers: 4321,
  });
  reporterViewer = { id: reporter.id, role: reporter.role, name: reporter.name, email: reporter.email };
  session.viewer = reporterViewer;
});

describe("the change report's CSV", () => {
  it("answers only a newsroom member, and says what a bad address lacks", async () => {
    session.viewer = null;
    expect((await csv(`from=${story.waveId}&to=${laterWave}`)).status).toBe(401);
    session.viewer = reporterViewer;
    expect((await csv(`from=${story.waveId}`)).status).toBe(400);
    expect((await csv(`from=${story.waveId}&to=cm0nosuchwave`)).status).toBe(404);
  });

  it("is the report in the reader's language, made once per publication: an approval shows in the next download", async () => {
    const first = await csv(`from=${story.waveId}&to=${laterWave}`, "NEXT_LOCALE=en");
    expect(first.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    expect(first.headers.get("content-disposition")).toBe(`attachment; filename="ashyq-changes-${story.waveId}-${laterWave}.csv"`);
    const english = await first.text();
    expect(english).toContain('"Official"');
    expect(english).toMatch(/4[\s,\u00a0]?321/);
    // The same bytes again, and another language is a file of its own.
    expect(await (await csv(`from=${story.waveId}&to=${laterWave}`, "NEXT_LOCALE=en")).text()).toBe(english);
    expect(await (await csv(`from=${story.waveId}&to=${laterWave}`, "NEXT_LOCALE=ru")).text()).not.toBe(english);

    await db.$transaction(async (tx) => {
      const approved = await createObservation(tx, {
        ...instagramOf("Gauez Nurmukhambetov"),
        authorId: reporterId,
        waveId: laterWave,
        status: "APPROVED",
        reviewedAt: new Date(),
        observedAt: new Date("2026-08-25T07:00:00Z"),
        existence: "FOUND",
        visibility: "PUBLIC",
        followers: 5678,
      });
      await writeAuditEntry(tx, { actorId: reporterId, action: "observation.approve", entity: "observation", entityId: approved.id });
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await (await csv(`from=${story.waveId}&to=${laterWave}`, "NEXT_LOCALE=en")).text()).toMatch(/5[\s,\u00a0]?678/);
  });
});
