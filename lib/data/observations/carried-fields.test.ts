import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readCarriedFieldSources } from "@/lib/domain/carried-fields";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { carriedForm, uncheckedFieldsOf } from "@/lib/validation/carried-input";
import { observationToFormValues } from "@/lib/validation/observation-form-values";
import { ObservationInput, type ObservationFormValues } from "@/lib/validation/observation-input";
import { getComparison } from "../comparison/get-comparison";
import { loadOpenData } from "../public/load-open-data";
import { applyReviewDecision } from "./apply-review-decision";
import { recordObservation } from "./record-observation";

withTestDatabase();

const toViewer = (u: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({ id: u.id, role: u.role, name: u.name, email: u.email });
let reporter: Viewer;
let editor: Viewer;
let officialId: string;
let akimatId: string;

beforeAll(async () => {
  reporter = toViewer(await createUser(db, { role: "REPORTER", name: "Айгерим" }));
  editor = toViewer(await createUser(db, { role: "EDITOR" }));
  akimatId = (await createAkimat(db, { slug: "sko-carry", level: "REGION" })).id;
  officialId = (await createOfficial(db, { fullName: "Канат Дузелбаев", akimatId })).id;
});

/** The story's Facebook page as first published: everything noted. */
async function publishedFirstRound(accountId: string, observedAt = new Date("2024-08-10T07:00:00Z")) {
  return createObservation(db, {
    officialId,
    accountId,
    platform: "FACEBOOK",
    authorId: reporter.id,
    status: "APPROVED",
    existence: "FOUND",
    observedAt,
    visibility: "PUBLIC",
    attribution: "CONFIRMED",
    followers: 2600,
    followersRaw: "2,6 тыс.",
    followersApproximate: true,
    lastPostAt: new Date("2024-08-03"),
    contentKinds: ["OFFICIAL_WORK"],
    replies: "SOMETIMES",
  });
}

/** What a reporter sends from the form opened as a repeat of `source`, changing only what `typed` says. */
async function repeat(
  source: Awaited<ReturnType<typeof publishedFirstRound>>,
  typed: ObservationFormValues,
  observedAt = "2026-12-01T10:00",
): Promise<{ id: string; version: number }> {
  const filled = observationToFormValues({ ...source, evidence: [] });
  const seenAt = Object.fromEntries(Object.keys(filled).map((field) => [field, source.observedAt]));
  const values: ObservationFormValues = {
    ...filled,
    observedAt,
    carried: JSON.stringify(carriedForm(filled, seenAt)),
    ...typed,
  };
  const input = { ...ObservationInput.parse({ ...values, intent: "submit" }), uncheckedFields: uncheckedFieldsOf(values) };
  const { id } = await recordObservation({ viewer: reporter, input });
  return { id, version: 1 };
}

const approve = ({ id, version }: { id: string; version: number }) => applyReviewDecision({ viewer: editor, id, expectedVersion: version, kind: "approve" });

async function stored(id: string) {
  const row = await db.observation.findUniqueOrThrow({ where: { id } });
  return { ...row, sources: readCarriedFieldSources(row.carriedFields) };
}

describe("a repeat survey never erases what was published", () => {
  it("keeps every field the reporter did not re-check, with where and when it was last seen", async () => {
    const accountId = (await createAccount(db, { officialId, platform: "FACEBOOK" })).id;
    const first = await publishedFirstRound(accountId);
    const second = await repeat(first, { followers: "2,7 тыс." });
    expect((await stored(second.id)).uncheckedFields).toEqual(expect.arrayContaining(["visibility", "attribution", "lastPostAt", "replies"]));
    expect((await stored(second.id)).uncheckedFields).not.toContain("followers");
    await approve(second);

    const now = await stored(second.id);
    expect(now.followers).toBe(2700);
    expect(now.visibility).toBe("PUBLIC");
    expect(now.attribution).toBe("CONFIRMED");
    expect(now.lastPostAt).toEqual(new Date("2024-08-03"));
    expect(now.sources.visibility).toEqual({ from: first.id, seenAt: first.observedAt.toISOString() });
    expect(now.sources.followers).toBeUndefined();

    // What the dashboard and the embeds show, and the open data: the carried values, with the day they were seen.
    const comparison = await getComparison({ akimatSlugs: ["sko-carry"] });
    const cell = comparison.akimats[0]!.officials[0]!.cells.FACEBOOK!.find((c) => c.accountId === accountId)!;
    expect(cell.attribution).toBe("CONFIRMED");
    expect(cell.visibility).toBe("PUBLIC");
    expect(cell.activity).not.toBe("UNKNOWN");
    expect(cell.seenEarlier).toEqual(
      expect.arrayContaining([
        { field: "visibility", seenAt: first.observedAt },
        { field: "lastPostAt", seenAt: first.observedAt },
      ]),
    );
    expect(cell.seenEarlier.map((entry) => entry.field)).not.toContain("followers");
    const published = (await loadOpenData({ until: null })).observations.find((o) => o.id === second.id)!;
    expect(published.notRechecked).toContainEqual({ field: "attribution", lastSeenOn: "2024-08-10", observationId: first.id });
    expect(published.visibility).toBe("PUBLIC");
  });

  it("records a field ticked as seen again as seen now, and a cleared field as none now", async () => {
    const accountId = (await createAccount(db, { officialId, platform: "FACEBOOK", handle: "second" })).id;
    const first = await publishedFirstRound(accountId);
    const second = await repeat(first, { seen: "visibility", replies: "" });
    await approve(second);
    const now = await stored(second.id);
    expect(now.uncheckedFields).not.toContain("visibility");
    expect(now.sources.visibility).toBeUndefined();
    expect(now.visibility).toBe("PUBLIC");
    expect(now.replies).toBeNull();
    expect(now.sources.replies).toBeUndefined();
    expect(now.sources.attribution?.from).toBe(first.id);
  });

  it("records everything when the reporter says they re-checked every field", async () => {
    const accountId = (await createAccount(db, { officialId, platform: "FACEBOOK", handle: "third" })).id;
    const first = await publishedFirstRound(accountId);
    const second = await repeat(first, { seenAll: "yes" });
    expect((await stored(second.id)).uncheckedFields).toEqual([]);
  });

  it("re-resolves a later observation when an older one is approved late, and when its source is retracted", async () => {
    const accountId = (await createAccount(db, { officialId, platform: "FACEBOOK", handle: "fourth" })).id;
    const january = await publishedFirstRound(accountId, new Date("2025-01-10T07:00:00Z"));
    const march = await repeat(january, {}, "2025-03-10T10:00");
    await approve(march);
    expect((await stored(march.id)).followers).toBe(2600);

    const february = await repeat(january, { followers: "3 100", seenAll: "yes" }, "2025-02-10T10:00");
    await approve(february);
    const afterLate = await stored(march.id);
    expect(afterLate.followers).toBe(3100);
    expect(afterLate.followersRaw).toBe("3 100");
    expect(afterLate.sources.followers?.from).toBe(february.id);

    await applyReviewDecision({ viewer: editor, id: february.id, expectedVersion: 2, kind: "retract", comment: "Не тот аккаунт" });
    const afterRetraction = await stored(march.id);
    expect(afterRetraction.followers).toBe(2600);
    expect(afterRetraction.sources.followers?.from).toBe(january.id);
    const audit = await db.auditEntry.findMany({ where: { entityId: march.id, action: "observation.carry" } });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("carries nothing past an account found deleted", async () => {
    const accountId = (await createAccount(db, { officialId, platform: "FACEBOOK", handle: "fifth" })).id;
    const first = await publishedFirstRound(accountId, new Date("2025-01-10T07:00:00Z"));
    await createObservation(db, {
      officialId,
      accountId,
      platform: "FACEBOOK",
      authorId: reporter.id,
      status: "APPROVED",
      existence: "DELETED",
      observedAt: new Date("2025-02-10T07:00:00Z"),
    });
    const back = await repeat(first, {}, "2025-03-10T10:00");
    await approve(back);
    const now = await stored(back.id);
    expect(now.visibility).toBeNull();
    expect(now.followers).toBeNull();
    expect(now.sources).toEqual({});
  });

  it("never lets an observation not found carry anything", async () => {
    const accountId = (await createAccount(db, { officialId, platform: "FACEBOOK", handle: "sixth" })).id;
    const first = await publishedFirstRound(accountId);
    const gone = await repeat(first, { existence: "DELETED", followers: "" });
    expect((await stored(gone.id)).uncheckedFields).toEqual([]);
  });
});
