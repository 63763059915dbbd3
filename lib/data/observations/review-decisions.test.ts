import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ObservationInput } from "@/lib/validation/observation-input";
import { listAuditEntries } from "../audit/list-audit-entries";
import { getComparison } from "../comparison/get-comparison";
import { applyReviewDecision } from "./apply-review-decision";
import { getReview } from "./get-review";
import { listReviewQueue } from "./list-review-queue";
import { recordObservation } from "./record-observation";
import { updateObservation } from "./update-observation";

withTestDatabase();

const toViewer = (u: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({ id: u.id, role: u.role, name: u.name, email: u.email });
let reporter: Viewer;
let editor: Viewer;
let officialId: string;
let accountId: string;
let akimatId: string;

beforeAll(async () => {
  reporter = toViewer(await createUser(db, { role: "REPORTER", name: "Айгерим" }));
  editor = toViewer(await createUser(db, { role: "EDITOR" }));
  akimatId = (await createAkimat(db, { slug: "petropavlovsk", level: "CITY" })).id;
  officialId = (await createOfficial(db, { fullName: "Ержан Мустафин", akimatId })).id;
  accountId = (await createAccount(db, { officialId, platform: "INSTAGRAM" })).id;
  await createObservation(db, {
    officialId,
    accountId,
    authorId: reporter.id,
    status: "APPROVED",
    existence: "FOUND",
    visibility: "PUBLIC",
    followers: 506,
    observedAt: new Date("2024-08-28T07:00:00Z"),
  });
});

const input = (extra: Record<string, string> = {}) =>
  ObservationInput.parse({
    officialId,
    platform: "INSTAGRAM",
    accountId,
    observedAt: "2024-09-20T12:00",
    existence: "FOUND",
    visibility: "CLOSED",
    followers: "900",
    intent: "submit",
    ...extra,
  });

describe("the review desk", () => {
  it("runs the round trip: changes requested with a comment, fixed, resubmitted, approved", async () => {
    const { id } = await recordObservation({ viewer: reporter, input: input() });
    const review = await getReview({ viewer: editor, id });
    expect(review?.previous?.followers).toBe(506);

    await expect(applyReviewDecision({ viewer: editor, id, expectedVersion: 1, kind: "requestChanges", comment: "   " })).rejects.toMatchObject({
      fieldErrors: { comment: ["commentRequired"] },
    });
    await applyReviewDecision({ viewer: editor, id, expectedVersion: 1, kind: "requestChanges", comment: "Screenshot, please." });
    await updateObservation({ viewer: reporter, id, expectedVersion: 2, input: input({ followers: "910" }) });
    await applyReviewDecision({ viewer: editor, id, expectedVersion: 3, kind: "approve" });

    const observation = await db.observation.findUniqueOrThrow({ where: { id }, include: { reviews: { orderBy: { createdAt: "asc" } } } });
    expect(observation.status).toBe("APPROVED");
    expect(observation.reviews.map((r) => [r.decision, r.comment])).toEqual([
      ["CHANGES_REQUESTED", "Screenshot, please."],
      ["APPROVED", null],
    ]);
    const trail = await listAuditEntries({ viewer: editor, filter: { entity: "observation", entityId: id } });
    expect(trail.entries.map((e) => e.action).reverse()).toEqual([
      "observation.create",
      "observation.requestChanges",
      "observation.submit",
      "observation.approve",
    ]);
  });

  it("rejects with a reason, and retracts a published observation out of every public view", async () => {
    const rejected = await recordObservation({ viewer: reporter, input: input() });
    await expect(applyReviewDecision({ viewer: editor, id: rejected.id, expectedVersion: 1, kind: "reject", comment: "" })).rejects.toMatchObject({
      fieldErrors: { comment: ["commentRequired"] },
    });
    await applyReviewDecision({ viewer: editor, id: rejected.id, expectedVersion: 1, kind: "reject", comment: "Wrong account." });

    const published = await recordObservation({ viewer: reporter, input: input({ observedAt: "2024-10-01T12:00", followers: "12 345" }) });
    await applyReviewDecision({ viewer: editor, id: published.id, expectedVersion: 1, kind: "approve" });
    const reach = async () => (await getComparison()).akimats[0]!.officials[0]!.cells.INSTAGRAM![0]!.reach?.value;
    expect(await reach()).toBe(12345);
    await applyReviewDecision({ viewer: editor, id: published.id, expectedVersion: 2, kind: "retract", comment: "Counted the wrong account." });
    expect(await reach()).not.toBe(12345);
    expect((await db.observation.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("RETRACTED");
  });

  it("filters the queue by akimat, platform and reporter", async () => {
    const { id } = await recordObservation({ viewer: reporter, input: input() });
    const ids = async (filter: Parameters<typeof listReviewQueue>[0]["filter"]) => (await listReviewQueue({ viewer: editor, filter })).entries.map((o) => o.id);
    expect(await ids({ akimatId })).toContain(id);
    expect(await ids({ platform: "FACEBOOK" })).not.toContain(id);
    expect(await ids({ authorId: reporter.id })).toContain(id);
    expect(await ids({ authorId: editor.id })).not.toContain(id);
    await expect(listReviewQueue({ viewer: reporter })).rejects.toThrow(/Not allowed/);
    await expect(listAuditEntries({ viewer: reporter })).rejects.toThrow(/Not allowed/);
  });
});
