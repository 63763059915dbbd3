import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory, type SeededStory } from "@/prisma/seed-story";
import { STORY_WAVE, SURVEY_DATE } from "@/prisma/story";
import { getWaveChanges, latestApprovedInWaveSql } from "./get-wave-changes";

withTestDatabase();

const later = new Date("2026-08-20T07:00:00Z");
const closed = new Date("2026-09-01T09:00:00Z");
let story: SeededStory;
let viewer: Viewer;
let wave2: string;
const official = (latin: string) => story.officials.find((o) => o.fullNameLatin === latin)!;
const account = (latin: string, platform: string) => official(latin).accounts.find((a) => a.platform === platform)!.accountId;

beforeAll(async () => {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  viewer = { id: reporter.id, role: reporter.role, name: reporter.name, email: reporter.email };
  story = await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
  const wave = await db.wave.create({
    data: {
      ...STORY_WAVE,
      name: "Август 2026",
      opensOn: new Date("2026-08-01"),
      dueOn: new Date("2026-08-31"),
      closedAt: closed,
      akimats: { create: [{ akimatId: story.akimatIds.sko }, { akimatId: story.akimatIds.petropavlovsk }] },
    },
  });
  wave2 = wave.id;
  const base = {
    authorId: reporter.id,
    waveId: wave2,
    status: "APPROVED" as const,
    reviewedAt: later,
    observedAt: later,
    existence: "FOUND" as const,
    visibility: "PUBLIC" as const,
  };
  const gauez = official("Gauez Nurmukhambetov").officialId;
  await createObservation(db, { ...base, officialId: gauez, accountId: account("Gauez Nurmukhambetov", "INSTAGRAM"), followers: 4000 });
  // A draft of the same account, later and larger, is not published.
  await createObservation(db, {
    ...base,
    status: "DRAFT",
    officialId: gauez,
    accountId: account("Gauez Nurmukhambetov", "INSTAGRAM"),
    observedAt: new Date("2026-08-25T07:00:00Z"),
    followers: 99999,
  });
  // Facebook's followers not re-checked: carried from the survey.
  await createObservation(db, {
    ...base,
    officialId: gauez,
    platform: "FACEBOOK",
    accountId: account("Gauez Nurmukhambetov", "FACEBOOK"),
    followers: 2600,
    followersApproximate: true,
    uncheckedFields: ["followers"],
    carriedFields: { followers: { from: "story", seenAt: SURVEY_DATE.toISOString() } },
  });
  const marat = official("Marat Tasmaganbetov").officialId;
  const instagram = await createAccount(db, { officialId: marat, platform: "INSTAGRAM" });
  await createObservation(db, { ...base, officialId: marat, accountId: instagram.id, followers: 120 });
  const saniya = official("Saniya Smailova").officialId;
  await createObservation(db, { ...base, officialId: saniya, accountId: account("Saniya Smailova", "INSTAGRAM"), attribution: "UNCERTAIN", followers: 800 });
  const kanat = official("Kanat Duzelbayev").officialId;
  await createObservation(db, { ...base, officialId: kanat, platform: "FACEBOOK", existence: "NOT_FOUND", visibility: null });
});

describe("getWaveChanges", () => {
  it("pairs the story's wave with a second one, approved data only, largest follower change first", async () => {
    const changes = (await getWaveChanges({ viewer, from: { kind: "wave", waveId: story.waveId }, to: { kind: "wave", waveId: wave2 } }))!;
    expect(changes.from).toEqual({ kind: "wave", id: story.waveId, name: "Август 2024" });
    expect(changes.rows[0]!.id).toBe(official("Gauez Nurmukhambetov").officialId);
    const [insta, facebook] = changes.rows[0]!.accounts;
    expect(insta).toMatchObject({ platform: "INSTAGRAM", changes: [], followerChange: { delta: 483, approximate: false } });
    expect(insta!.followerChange!.percent).toBeCloseTo(13.73, 2);
    expect(facebook).toMatchObject({ platform: "FACEBOOK", followerChange: null, notRechecked: ["followers"] });
    const row = (latin: string) => changes.rows.find((r) => r.id === official(latin).officialId)!;
    expect(row("Marat Tasmaganbetov").accounts.find((a) => a.platform === "INSTAGRAM")).toMatchObject({ changes: ["NEW"], followerChange: null });
    expect(row("Saniya Smailova").accounts[0]).toMatchObject({ changes: ["OPENED"], followerChange: null });
    expect(row("Kanat Duzelbayev").accounts[0]).toMatchObject({ changes: ["GONE"], followerChange: null });
    // Officials whose accounts nobody looked at again have nothing now: no change.
    expect(row("Zhusup Zhumagulov").accounts.every((a) => a.now === null && a.changes.length === 0)).toBe(true);
  });

  it("counts per akimat what an article prints", async () => {
    const changes = (await getWaveChanges({ viewer, from: { kind: "wave", waveId: story.waveId }, to: { kind: "wave", waveId: wave2 } }))!;
    const sko = changes.summaries.find((s) => s.akimat.slug === "sko")!.summary;
    expect(sko).toMatchObject({ officials: 6, surveyedThen: 6, noAccountThen: 1, surveyedNow: 3, noAccountNow: 1 });
    expect(sko.counts).toMatchObject({ NEW: 1, GONE: 1 });
    expect(sko.medianThen.INSTAGRAM).toMatchObject({ value: expect.any(Number) });
    expect(changes.summaries.find((s) => s.akimat.slug === "petropavlovsk")!.summary.counts.OPENED).toBe(1);
  });

  it("reads a date by the as-of rule, and a wave against a date", async () => {
    const byDates = (await getWaveChanges({ viewer, from: { kind: "date", day: "2024-08-31" }, to: { kind: "date", day: "2026-08-31" } }))!;
    const gauez = byDates.rows.find((r) => r.id === official("Gauez Nurmukhambetov").officialId)!;
    expect(gauez.accounts.find((a) => a.platform === "INSTAGRAM")!.followerChange!.delta).toBe(483);
    const before = (await getWaveChanges({ viewer, from: { kind: "date", day: "2024-01-01" }, to: { kind: "wave", waveId: story.waveId } }))!;
    expect(before.rows.flatMap((r) => r.accounts).every((a) => a.then === null && a.changes.length === 0)).toBe(true);
  });

  it("keeps a closed wave as it closed: an approval after the close, or an official appointed since, changes nothing", async () => {
    const before = (await getWaveChanges({ viewer, from: { kind: "wave", waveId: story.waveId }, to: { kind: "wave", waveId: wave2 } }))!;
    const gauez = official("Gauez Nurmukhambetov").officialId;
    const late = await createObservation(db, {
      authorId: viewer.id,
      waveId: wave2,
      officialId: gauez,
      accountId: account("Gauez Nurmukhambetov", "INSTAGRAM"),
      observedAt: new Date("2026-08-30T07:00:00Z"),
      existence: "FOUND",
      visibility: "PUBLIC",
      followers: 9000,
      status: "APPROVED",
      reviewedAt: new Date(closed.getTime() + 60_000),
    });
    const newcomer = await createOfficial(db, { akimatId: story.akimatIds.sko, position: { startedOn: new Date("2026-10-01") } });
    try {
      const after = (await getWaveChanges({ viewer, from: { kind: "wave", waveId: story.waveId }, to: { kind: "wave", waveId: wave2 } }))!;
      expect(after).toEqual(before);
      // Reopened, the wave shows what is approved so far, and who is in post today.
      await db.wave.update({ where: { id: wave2 }, data: { closedAt: null } });
      const reopened = (await getWaveChanges({ viewer, from: { kind: "wave", waveId: story.waveId }, to: { kind: "wave", waveId: wave2 } }))!;
      expect(reopened.rows.find((row) => row.id === gauez)!.accounts[0]!.followerChange!.delta).toBe(9000 - 3517);
      expect(reopened.officials).toBe(before.officials + 1);
    } finally {
      await db.wave.update({ where: { id: wave2 }, data: { closedAt: closed } });
      await db.observation.delete({ where: { id: late.id } });
      await db.position.deleteMany({ where: { officialId: newcomer.id } });
      await db.official.delete({ where: { id: newcomer.id } });
    }
  });

  it("between two days, reads the akimats asked for, else the dashboard's default region and city, not every akimat", async () => {
    const elsewhere = await createAkimat(db, { slug: "zzz-elsewhere", name: "Яяя акимат", level: "REGION" });
    const stranger = await createOfficial(db, { akimatId: elsewhere.id });
    try {
      const byDefault = (await getWaveChanges({ viewer, from: { kind: "date", day: "2024-08-31" }, to: { kind: "date", day: "2026-08-31" } }))!;
      expect(byDefault.summaries.map((s) => s.akimat.slug).sort()).toEqual(["petropavlovsk", "sko"]);
      const city = (await getWaveChanges({
        viewer,
        from: { kind: "date", day: "2024-08-31" },
        to: { kind: "date", day: "2026-08-31" },
        akimatSlugs: ["petropavlovsk"],
      }))!;
      expect(city.summaries.map((s) => s.akimat.slug)).toEqual(["petropavlovsk"]);
      expect(city.officials).toBe(4);
      const there = (await getWaveChanges({
        viewer,
        from: { kind: "date", day: "2024-08-31" },
        to: { kind: "date", day: "2026-08-31" },
        akimatSlugs: ["zzz-elsewhere"],
      }))!;
      expect(there.rows.map((row) => row.id)).toEqual([stranger.id]);
    } finally {
      await db.position.deleteMany({ where: { officialId: stranger.id } });
      await db.official.delete({ where: { id: stranger.id } });
      await db.akimat.delete({ where: { id: elsewhere.id } });
    }
  });

  it("is refused without the permission and answers null for an unknown wave", async () => {
    expect(await getWaveChanges({ viewer, from: { kind: "wave", waveId: "nosuchwave" }, to: { kind: "wave", waveId: wave2 } })).toBeNull();
    await expect(
      getWaveChanges({ viewer: null as unknown as Viewer, from: { kind: "wave", waveId: wave2 }, to: { kind: "wave", waveId: wave2 } }),
    ).rejects.toThrow();
  });

  it("reads a wave's observations from the wave index", async () => {
    // The story's few rows fit one page, which a planner reads whole: forbid that to see the index can serve it.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${latestApprovedInWaveSql({ id: wave2, name: "Август 2026", closedAt: closed })}`);
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Index Scan.*observations_waveId_officialId_platform_accountId_observedA_idx/);
    expect(text).not.toMatch(/Seq Scan on observations/);
  });
});
