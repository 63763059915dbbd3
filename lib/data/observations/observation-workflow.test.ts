import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ObservationInput } from "@/lib/validation/observation-input";
import { ConflictError, FieldError } from "../errors";
import { applyReviewDecision } from "./apply-review-decision";
import { recordObservation } from "./record-observation";
import { updateObservation } from "./update-observation";

withTestDatabase();

let reporter: Viewer;
let otherReporter: Viewer;
let editor: Viewer;
let officialId: string;
let accountId: string;
const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  otherReporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  const akimat = await createAkimat(db, { name: "Акимат Северо-Казахстанской области" });
  const official = await createOfficial(db, { fullName: "Ержан Мустафин", akimatId: akimat.id });
  officialId = official.id;
  accountId = (await createAccount(db, { officialId, platform: "INSTAGRAM" })).id;
});

const input = (overrides: Record<string, string> = {}) =>
  ObservationInput.parse({
    officialId,
    platform: "INSTAGRAM",
    accountId,
    observedAt: "2024-08-28T12:00",
    existence: "FOUND",
    visibility: "CLOSED",
    followers: "506",
    intent: "draft",
    ...overrides,
  });

describe("recording and reviewing observations", () => {
  it("saves a draft with its audit entry, then an edit, a submission and an approval", async () => {
    const draft = await recordObservation({ viewer: reporter, input: input() });
    expect(draft.status).toBe("DRAFT");

    const edited = await updateObservation({ viewer: reporter, id: draft.id, expectedVersion: 1, input: input({ followers: "510", intent: "submit" }) });
    expect(edited).toMatchObject({ status: "SUBMITTED", version: 2 });

    await expect(applyReviewDecision({ viewer: reporter, id: draft.id, expectedVersion: 2, kind: "approve" })).rejects.toThrow(/Not allowed/);
    const approved = await applyReviewDecision({ viewer: editor, id: draft.id, expectedVersion: 2, kind: "approve" });
    expect(approved.status).toBe("APPROVED");

    const trail = await db.auditEntry.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" } });
    expect(trail.map((entry) => entry.action)).toEqual(["observation.create", "observation.submit", "observation.approve"]);
    expect(trail[1]!.before).toMatchObject({ followers: 506 });
    expect(trail[1]!.after).toMatchObject({ followers: 510 });
  });

  it("creates one observation for a double submission", async () => {
    const idempotencyKey = crypto.randomUUID();
    const [first, second] = await Promise.all([
      recordObservation({ viewer: reporter, input: input({ idempotencyKey, intent: "submit" }) }),
      recordObservation({ viewer: reporter, input: input({ idempotencyKey, intent: "submit" }) }),
    ]);
    expect(first.id).toBe(second.id);
    expect(await db.observation.count({ where: { idempotencyKey } })).toBe(1);
  });

  it("refuses a save over a version someone else changed", async () => {
    const draft = await recordObservation({ viewer: reporter, input: input() });
    await updateObservation({ viewer: reporter, id: draft.id, expectedVersion: 1, input: input({ followers: "600" }) });
    await expect(updateObservation({ viewer: reporter, id: draft.id, expectedVersion: 1, input: input({ followers: "700" }) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await db.observation.findUniqueOrThrow({ where: { id: draft.id } })).followers).toBe(600);
  });

  it("keeps other reporters' drafts and submitted entries out of reach", async () => {
    const draft = await recordObservation({ viewer: reporter, input: input() });
    await expect(updateObservation({ viewer: otherReporter, id: draft.id, expectedVersion: 1, input: input() })).rejects.toThrow(/Not allowed/);
    const submitted = await recordObservation({ viewer: reporter, input: input({ intent: "submit" }) });
    await expect(updateObservation({ viewer: reporter, id: submitted.id, expectedVersion: 1, input: input() })).rejects.toThrow(/Not allowed/);
  });

  it("refuses an editor approving their own entry", async () => {
    const own = await recordObservation({ viewer: editor, input: input({ intent: "submit" }) });
    await expect(applyReviewDecision({ viewer: editor, id: own.id, expectedVersion: 1, kind: "approve" })).rejects.toThrow(/Not allowed/);
  });

  it("checks that the account belongs to the official and platform", async () => {
    const other = await createOfficial(db, { fullName: "Сания Смаилова" });
    await expect(recordObservation({ viewer: reporter, input: input({ officialId: other.id }) })).rejects.toBeInstanceOf(FieldError);
    await expect(recordObservation({ viewer: reporter, input: input({ platform: "FACEBOOK" }) })).rejects.toMatchObject({
      fieldErrors: { accountId: ["accountOnAnotherPlatform"] },
    });
  });

  it("keeps the audit trail append-only", async () => {
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow();
    await expect(db.auditEntry.updateMany({ data: { action: "x" } })).rejects.toThrow();
  });
});
