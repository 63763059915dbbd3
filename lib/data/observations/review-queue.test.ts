import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { applyReviewDecision } from "./apply-review-decision";
import { findNextInReviewQueue } from "./find-next-in-review-queue";
import { listReviewQueue, type ReviewQueueFilter } from "./list-review-queue";

withTestDatabase();

const toViewer = (u: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({ id: u.id, role: u.role, name: u.name, email: u.email });
let reporterA: Viewer;
let reporterB: Viewer;
let editor: Viewer;
let otherEditor: Viewer;
let northId: string;
/** The queue's entries by name, in the order they were submitted. */
const ids: Record<string, string> = {};

const at = (minute: number) => new Date(Date.UTC(2024, 9, 1, 9, minute));
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

beforeAll(async () => {
  reporterA = toViewer(await createUser(db, { role: "REPORTER", name: "Айгерим" }));
  reporterB = toViewer(await createUser(db, { role: "REPORTER", name: "Болат" }));
  editor = toViewer(await createUser(db, { role: "EDITOR", name: "Редактор" }));
  otherEditor = toViewer(await createUser(db, { role: "EDITOR", name: "Другой редактор" }));
  northId = (await createAkimat(db, { slug: "north", level: "REGION" })).id;
  const cityId = (await createAkimat(db, { slug: "city", level: "CITY" })).id;
  const akim = (await createOfficial(db, { fullName: "Аким Севера", akimatId: northId })).id;
  const deputy = (await createOfficial(db, { fullName: "Заместитель", akimatId: northId })).id;
  const mayor = (await createOfficial(db, { fullName: "Аким города", akimatId: cityId })).id;
  const account = async (officialId: string, platform: "INSTAGRAM" | "FACEBOOK") => (await createAccount(db, { officialId, platform })).id;
  const [akimInstagram, deputyFacebook, mayorInstagram, deputyInstagram, akimFacebook] = [
    await account(akim, "INSTAGRAM"),
    await account(deputy, "FACEBOOK"),
    await account(mayor, "INSTAGRAM"),
    await account(deputy, "INSTAGRAM"),
    await account(akim, "FACEBOOK"),
  ];
  const published = (data: Parameters<typeof createObservation>[1]) => createObservation(db, { status: "APPROVED", existence: "FOUND", ...data });
  // What is published: the akim's Instagram twice (the later one observed after his first re-check), with a
  // rejected and a retracted one that never count; the deputy's Facebook; the mayor's Telegram searched in vain;
  // the deputy's Instagram deleted; the akim's Facebook public.
  await published({
    officialId: akim,
    accountId: akimInstagram,
    authorId: reporterA.id,
    followers: 1000,
    visibility: "PUBLIC",
    posts: 10,
    observedAt: day("2024-08-01"),
  });
  await published({
    officialId: akim,
    accountId: akimInstagram,
    authorId: reporterA.id,
    followers: 2000,
    visibility: "PUBLIC",
    posts: 20,
    observedAt: day("2024-09-10"),
  });
  await published({ officialId: akim, accountId: akimInstagram, authorId: reporterA.id, followers: 1, status: "REJECTED", observedAt: day("2024-09-05") });
  await published({ officialId: akim, accountId: akimInstagram, authorId: reporterA.id, followers: 1, status: "RETRACTED", observedAt: day("2024-09-30") });
  await published({ officialId: deputy, accountId: deputyFacebook, platform: "FACEBOOK", authorId: reporterB.id, friends: 300, observedAt: day("2024-08-01") });
  await published({ officialId: mayor, platform: "TELEGRAM", existence: "NOT_FOUND", authorId: reporterB.id, observedAt: day("2024-07-01") });
  await published({ officialId: deputy, accountId: deputyInstagram, existence: "DELETED", authorId: reporterB.id, observedAt: day("2024-08-01") });
  await published({
    officialId: akim,
    accountId: akimFacebook,
    platform: "FACEBOOK",
    visibility: "PUBLIC",
    authorId: reporterB.id,
    observedAt: day("2024-08-01"),
  });

  const submitted = async (name: string, minute: number, data: Parameters<typeof createObservation>[1]) => {
    ids[name] = (await createObservation(db, { status: "SUBMITTED", existence: "FOUND", submittedAt: at(minute), ...data })).id;
  };
  const akimIg = { officialId: akim, accountId: akimInstagram };
  await submitted("early", 1, { ...akimIg, authorId: reporterA.id, followers: 1100, visibility: "PUBLIC", posts: 12, observedAt: day("2024-09-01") });
  await submitted("friends", 2, { officialId: deputy, accountId: deputyFacebook, platform: "FACEBOOK", authorId: reporterB.id, friends: 900 });
  await submitted("newAccount", 3, { officialId: mayor, accountId: mayorInstagram, authorId: reporterA.id, followers: 50 });
  await submitted("partial", 4, {
    ...akimIg,
    authorId: reporterB.id,
    followers: 5000,
    uncheckedFields: ["visibility", "posts"],
    observedAt: day("2024-10-15"),
  });
  await submitted("search", 5, { officialId: mayor, platform: "TELEGRAM", existence: "NOT_FOUND", authorId: editor.id, observedAt: day("2024-10-15") });
  await submitted("unchecked", 6, {
    ...akimIg,
    authorId: reporterA.id,
    followers: 9000,
    visibility: "PUBLIC",
    posts: 20,
    uncheckedFields: ["followers"],
    observedAt: day("2024-10-15"),
  });
  await submitted("reappeared", 7, { officialId: deputy, accountId: deputyInstagram, authorId: reporterB.id });
  await submitted("closed", 7, { officialId: akim, accountId: akimFacebook, platform: "FACEBOOK", visibility: "CLOSED", authorId: reporterB.id });
  await createObservation(db, { ...akimIg, authorId: reporterA.id, status: "DRAFT", followers: 1 });
});

const entries = async (filter: ReviewQueueFilter = {}, page = 1, pageSize = 50) => listReviewQueue({ viewer: editor, filter, page, pageSize });
const names = (list: { id: string }[]) => list.map(({ id }) => Object.keys(ids).find((name) => ids[name] === id));
/** Two entries share an instant: the id decides, so that the order is the same on every load. */
const tied = () => (ids.reappeared! < ids.closed! ? ["reappeared", "closed"] : ["closed", "reappeared"]);

describe("the review queue", () => {
  it("lists what was submitted, first submitted first, stably, with the total", async () => {
    const page = await entries();
    expect(names(page.entries)).toEqual(["early", "friends", "newAccount", "partial", "search", "unchecked", ...tied()]);
    expect(page).toMatchObject({ total: 8, page: 1, pageCount: 1, pageSize: 50 });
  });

  it("pages through it, and shows the last page for a page past it", async () => {
    const pages = await Promise.all([1, 2, 3, 4, 9].map((page) => entries({}, page, 3)));
    expect(pages.map((page) => [page.page, page.pageCount, page.total, names(page.entries)])).toEqual([
      [1, 3, 8, ["early", "friends", "newAccount"]],
      [2, 3, 8, ["partial", "search", "unchecked"]],
      [3, 3, 8, tied()],
      [3, 3, 8, tied()],
      [3, 3, 8, tied()],
    ]);
  });

  it("says what changed against the latest publication observed at or before each entry, and what is new", async () => {
    const byName = Object.fromEntries((await entries()).entries.map((entry) => [names([entry])[0], entry]));
    // Compared with the 1 000 of August, not the 2 000 observed after it, nor anything rejected or retracted.
    expect(byName.early).toMatchObject({ hasPrevious: true, changed: ["followers", "posts"], notRechecked: 0, flags: [] });
    expect(byName.friends).toMatchObject({ changed: ["friends"], flags: ["friendsSwing"] });
    expect(byName.newAccount).toMatchObject({ hasPrevious: false, changed: [], flags: [] });
    expect(byName.partial).toMatchObject({ changed: ["followers"], notRechecked: 2, flags: ["followersSwing"] });
    expect(byName.search).toMatchObject({ hasPrevious: true, existence: "NOT_FOUND", changed: [], flags: [] });
    expect(byName.unchecked).toMatchObject({ changed: [], notRechecked: 1, flags: [] });
    expect(byName.reappeared).toMatchObject({ flags: ["reappeared"] });
    expect(byName.closed).toMatchObject({ changed: ["visibility"], flags: ["becameClosed"] });
    expect(byName.early).toMatchObject({
      official: { fullName: "Аким Севера" },
      akimats: [{ id: northId }],
      author: { id: reporterA.id, name: "Айгерим" },
      platform: "INSTAGRAM",
      submittedAt: at(1),
    });
  });

  it("filters by akimat, platform, reporter and arrival, alone and together", async () => {
    const [north, facebook, byA, arrived, together] = await Promise.all([
      entries({ akimatId: northId }),
      entries({ platform: "FACEBOOK" }),
      entries({ authorId: reporterA.id }),
      entries({ submittedAfter: at(4) }),
      entries({ akimatId: northId, platform: "INSTAGRAM", authorId: reporterA.id }),
    ]);
    expect(names(north.entries)).toEqual(["early", "friends", "partial", "unchecked", ...tied()]);
    expect(names(facebook.entries)).toEqual(["friends", "closed"]);
    expect(names(byA.entries)).toEqual(["early", "newAccount", "unchecked"]);
    expect(names(arrived.entries)).toEqual(["search", "unchecked", ...tied()]);
    expect(names(together.entries)).toEqual(["early", "unchecked"]);
    expect(together.total).toBe(2);
  });

  it("finds the flagged entries in SQL exactly as the diff flags them", async () => {
    const all = (await entries()).entries;
    const flagged = await entries({ flaggedOnly: true });
    expect(names(flagged.entries)).toEqual(names(all.filter((entry) => entry.flags.length > 0)));
    expect(names(flagged.entries)).toEqual(["friends", "partial", ...tied()]);
    expect(flagged.total).toBe(4);
    expect(names((await entries({ flaggedOnly: true, platform: "FACEBOOK" })).entries)).toEqual(["friends", "closed"]);
  });

  it("is for editors only", async () => {
    await expect(listReviewQueue({ viewer: reporterA })).rejects.toThrow(/Not allowed/);
    await expect(findNextInReviewQueue({ viewer: reporterA, afterId: ids.early! })).rejects.toThrow(/Not allowed/);
  });
});

describe("the next entry", () => {
  it("is the next one in the queue's order under the same filter, past the one just decided, and never the editor's own", async () => {
    expect(await findNextInReviewQueue({ viewer: editor, afterId: ids.early! })).toBe(ids.friends);
    // The editor wrote "search": it waits for another editor, so the next for them is the one after.
    expect(await findNextInReviewQueue({ viewer: editor, afterId: ids.partial! })).toBe(ids.unchecked);
    expect(await findNextInReviewQueue({ viewer: otherEditor, afterId: ids.partial! })).toBe(ids.search);
    expect(await findNextInReviewQueue({ viewer: editor, afterId: ids.friends!, filter: { flaggedOnly: true } })).toBe(ids.partial);
    expect(await findNextInReviewQueue({ viewer: editor, afterId: ids.early!, filter: { authorId: reporterA.id } })).toBe(ids.newAccount);
    expect(await findNextInReviewQueue({ viewer: editor, afterId: ids[tied()[1]!]! })).toBeNull();
    expect(await findNextInReviewQueue({ viewer: editor, afterId: "nothing-like-an-id'" })).toBeNull();
  });

  it("is found from an entry that has just left the queue", async () => {
    await applyReviewDecision({ viewer: editor, id: ids.newAccount!, expectedVersion: 1, kind: "approve" });
    expect(await findNextInReviewQueue({ viewer: editor, afterId: ids.newAccount! })).toBe(ids.partial);
    expect(names((await entries()).entries)).not.toContain("newAccount");
  });
});
