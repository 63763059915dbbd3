import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { applyReviewDecision } from "../observations/apply-review-decision";
import { noteReviewQueueVisit } from "../observations/note-review-queue-visit";
import { countUnreadInbox, listInbox, UNREAD_SHOWN } from "./list-inbox";
import { markReviewsSeen } from "./mark-reviews-seen";

withTestDatabase();

const toViewer = (u: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({ id: u.id, role: u.role, name: u.name, email: u.email });
let reporter: Viewer;
let colleague: Viewer;
let editor: Viewer;
let officialId: string;
let accountId: string;

beforeAll(async () => {
  reporter = toViewer(await createUser(db, { role: "REPORTER" }));
  colleague = toViewer(await createUser(db, { role: "REPORTER" }));
  editor = toViewer(await createUser(db, { role: "EDITOR", name: "Редактор" }));
  const akimatId = (await createAkimat(db, { slug: "sko", level: "REGION" })).id;
  officialId = (await createOfficial(db, { fullName: "Гауез Нурмухамбетов", akimatId })).id;
  accountId = (await createAccount(db, { officialId, platform: "FACEBOOK" })).id;
});

const submitted = (authorId: string, observedAt: string) =>
  createObservation(db, {
    officialId,
    accountId,
    authorId,
    platform: "FACEBOOK",
    status: "SUBMITTED",
    existence: "FOUND",
    submittedAt: new Date(),
    observedAt: new Date(observedAt),
  });

describe("a reporter's inbox", () => {
  it("lists the editors' decisions on their own observations, changes requested first, and only theirs", async () => {
    const approved = await submitted(reporter.id, "2024-08-20T07:00:00Z");
    const sentBack = await submitted(reporter.id, "2024-08-21T07:00:00Z");
    const others = await submitted(colleague.id, "2024-08-22T07:00:00Z");
    await applyReviewDecision({ viewer: editor, id: sentBack.id, expectedVersion: sentBack.version, kind: "requestChanges", comment: "Нет скриншота профиля" });
    await applyReviewDecision({ viewer: editor, id: approved.id, expectedVersion: approved.version, kind: "approve" });
    await applyReviewDecision({ viewer: editor, id: others.id, expectedVersion: others.version, kind: "reject", comment: "Не тот аккаунт" });

    const inbox = await listInbox({ viewer: reporter });
    expect(inbox.unread.map((item) => [item.observation.id, item.decision])).toEqual([
      [sentBack.id, "CHANGES_REQUESTED"],
      [approved.id, "APPROVED"],
    ]);
    expect(inbox.unread[0]).toMatchObject({ comment: "Нет скриншота профиля", editor: { name: "Редактор" } });
    expect(inbox.read).toEqual([]);
    expect(inbox.unreadTotal).toBe(2);
    expect(await countUnreadInbox({ viewer: reporter })).toBe(2);
    expect(await countUnreadInbox({ viewer: colleague })).toBe(1);
  });

  it("marks a decision read once its author opens the observation, and not when anyone else does", async () => {
    const observation = await submitted(reporter.id, "2024-08-23T07:00:00Z");
    await applyReviewDecision({ viewer: editor, id: observation.id, expectedVersion: observation.version, kind: "requestChanges", comment: "Уточните число" });
    const before = await countUnreadInbox({ viewer: reporter });

    expect(await markReviewsSeen({ viewer: editor, observationId: observation.id })).toBe(0);
    expect(await markReviewsSeen({ viewer: colleague, observationId: observation.id })).toBe(0);
    expect(await countUnreadInbox({ viewer: reporter })).toBe(before);

    expect(await markReviewsSeen({ viewer: reporter, observationId: observation.id })).toBe(1);
    expect(await countUnreadInbox({ viewer: reporter })).toBe(before - 1);
    const inbox = await listInbox({ viewer: reporter });
    expect(inbox.read.map((item) => item.observation.id)).toContain(observation.id);
    // Opening it again changes nothing: it was first seen then.
    expect(await markReviewsSeen({ viewer: reporter, observationId: observation.id })).toBe(0);
  });
});

describe("an editor's visit to the review queue", () => {
  it("says what was submitted since the previous visit, and nothing the first time", async () => {
    const first = await noteReviewQueueVisit({ viewer: editor, now: new Date(Date.now() - 1_000) });
    expect(first).toEqual({ lastVisit: null, arrivedSince: 0 });
    await submitted(reporter.id, "2024-08-24T07:00:00Z");
    await submitted(colleague.id, "2024-08-25T07:00:00Z");
    const second = await noteReviewQueueVisit({ viewer: editor });
    expect(second.lastVisit).not.toBeNull();
    expect(second.arrivedSince).toBe(2);
    expect((await noteReviewQueueVisit({ viewer: editor })).arrivedSince).toBe(0);
  });

  it("is the staff's only", async () => {
    await expect(noteReviewQueueVisit({ viewer: reporter })).rejects.toThrow();
  });
});

describe("a long inbox", () => {
  it("lists the first page of unread decisions, changes requested first, and counts them all", async () => {
    const importer = toViewer(await createUser(db, { role: "EDITOR" }));
    const rows = await Promise.all(
      Array.from({ length: UNREAD_SHOWN + 5 }, (_, n) => submitted(importer.id, `2024-07-${String((n % 28) + 1).padStart(2, "0")}T07:00:00Z`)),
    );
    await db.review.createMany({
      data: rows.map((row, n) => ({
        observationId: row.id,
        observationAuthorId: importer.id,
        editorId: editor.id,
        decision: n === rows.length - 1 ? "CHANGES_REQUESTED" : "APPROVED",
      })),
    });
    const inbox = await listInbox({ viewer: importer });
    expect(inbox.unreadTotal).toBe(UNREAD_SHOWN + 5);
    expect(inbox.unread).toHaveLength(UNREAD_SHOWN);
    expect(inbox.unread[0]!.decision).toBe("CHANGES_REQUESTED");
  });
});
