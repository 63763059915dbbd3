import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory } from "@/prisma/seed-story";
import { FieldError } from "../errors";
import { applyReviewDecision } from "../observations/apply-review-decision";
import { confirmImport } from "./confirm-import";
import { createImport } from "./create-import";
import { getImport } from "./get-import";
import { dryRunImport } from "./plan-import";
import { readSpreadsheet } from "./read-spreadsheet";
import { saveImportMapping } from "./save-import-mapping";

withTestDatabase();

let editor: Viewer;
let reporter: Viewer;
const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});

beforeAll(async () => {
  reporter = asViewer(await createUser(db));
  editor = asViewer(await createUser(db, { role: "EDITOR", name: "Редактор Импорта" }));
  await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
});

/** A survey repeated in September, as a newsroom would keep it: Russian headers, semicolons, Excel's BOM. */
const SURVEY = [
  "ФИО;Платформа;Метка;Дата;Подписчики;Видимость;Результат;Имя пользователя",
  "Гауез Нурмухамбетов;Инстаграм;;15.09.2024;3 600;Открытый;;",
  "Жусуп Жумагулов;Instagram;;15.09.2024;около 11 тысяч;Открытый;;",
  "Калия Туренова;Facebook;Страница 2;15.09.2024;;Открытый;;",
  "Ержан Мустафин;Facebook;;31.09.2024;много;;;",
  "Жусуп Жумагулов;Instagram;;15.09.2024;около 11 тысяч;Открытый;;",
  "Гауез Нурмухамбетов;Instagram;;28.08.2024;3 517;;;",
  "Марат Тасмаганбетов;Telegram;;15.09.2024;;;Искали, не нашли;",
  "Сания Смаилова;TikTok;;15.09.2024;120;Открытый;;@smailova",
].join("\r\n");

async function upload(text: string, viewer = editor, fileName = "survey-2024-09.csv") {
  const bytes = new TextEncoder().encode(`\uFEFF${text}\r\n`);
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.problem);
  return createImport({ viewer, kind: "OBSERVATIONS", fileName, bytes, sheet: read.sheet });
}

const countObservations = () => db.observation.count();

describe("importing past observations", () => {
  it("keeps the upload with the columns matched, and lets only editors in", async () => {
    const { id } = await upload(SURVEY);
    const view = await getImport({ viewer: editor, id });
    expect(view).toMatchObject({ kind: "OBSERVATIONS", rowCount: 8, status: "PENDING", uploadedBy: "Редактор Импорта" });
    expect(view!.mapping).toEqual(["fullName", "platform", "label", "observedAt", "followers", "visibility", "existence", "handle"]);
    expect(view!.sample[0]).toEqual(["Гауез Нурмухамбетов", "Инстаграм", "", "15.09.2024", "3 600", "Открытый", "", ""]);
    await expect(getImport({ viewer: reporter, id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(SURVEY, reporter)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("dry-runs: what would be created and skipped, each error with its row, column and value, and nothing written", async () => {
    const before = await countObservations();
    const { id } = await upload(SURVEY);
    const report = await dryRunImport({ viewer: editor, id });
    expect(report.rowCount).toBe(8);
    expect(report.rowsWithErrors).toBe(1);
    expect(report.errors).toEqual([
      { row: 5, column: "Дата", value: "31.09.2024", message: "invalidDateTime" },
      { row: 5, column: "Подписчики", value: "много", message: "countUnparsable" },
    ]);
    expect(report.counts.observation).toEqual({ create: 5, update: 0, unchanged: 0, duplicate: 2 });
    expect(report.counts.account).toMatchObject({ create: 1 });
    expect(report.changes.filter((c) => c.action === "duplicate").map((c) => [c.row, c.sameAsRow])).toEqual([
      [6, 3],
      [7, undefined],
    ]);
    expect(await countObservations()).toBe(before);
  });

  it("refuses a mapping without the columns an import needs, or with a field twice", async () => {
    const { id } = await upload(SURVEY);
    await expect(saveImportMapping({ viewer: editor, id, mapping: ["fullName", null, null, "observedAt", null, null, null, null] })).rejects.toEqual(
      new FieldError({ mapping: ["missing"] }),
    );
    await expect(
      saveImportMapping({ viewer: editor, id, mapping: ["fullName", "platform", null, "observedAt", "followers", "followers", null, null] }),
    ).rejects.toBeInstanceOf(FieldError);
    await expect(
      saveImportMapping({ viewer: reporter, id, mapping: ["fullName", "platform", null, "observedAt", null, null, null, null] }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Without the followers column, the bad count is no longer read: only the date is wrong.
    await saveImportMapping({ viewer: editor, id, mapping: ["fullName", "platform", "label", "observedAt", null, "visibility", "existence", "handle"] });
    expect((await dryRunImport({ viewer: editor, id })).errors).toEqual([{ row: 5, column: "Дата", value: "31.09.2024", message: "invalidDateTime" }]);
  });

  it("writes the good rows in one go, as submitted, with an audit entry naming the import; confirming twice writes once", async () => {
    const before = await countObservations();
    const { id } = await upload(SURVEY);
    const { version } = (await getImport({ viewer: editor, id }))!;
    const { summary } = await confirmImport({ viewer: editor, id, expectedVersion: version });
    expect(summary.observation.create).toBe(5);
    expect(await countObservations()).toBe(before + 5);

    const imported = await db.observation.findMany({ where: { submittedAt: { not: null }, authorId: editor.id }, include: { official: true, account: true } });
    expect(imported.map((o) => o.status)).toEqual(Array(5).fill("SUBMITTED"));
    const zhumagulov = imported.find((o) => o.official.fullName === "Жусуп Жумагулов")!;
    expect(zhumagulov).toMatchObject({ followers: 11000, followersRaw: "около 11 тысяч", followersApproximate: true, visibility: "PUBLIC" });
    expect(zhumagulov.observedAt.toISOString()).toBe("2024-09-15T07:00:00.000Z");
    expect(imported.find((o) => o.official.fullName === "Калия Туренова")!.account!.label).toBe("Страница 2");
    expect(imported.find((o) => o.official.fullName === "Сания Смаилова")!.account).toMatchObject({ platform: "TIKTOK", handle: "@smailova" });
    expect(imported.find((o) => o.official.fullName === "Марат Тасмаганбетов")).toMatchObject({ existence: "NOT_FOUND", accountId: null });

    const audit = await db.auditEntry.findMany({ where: { action: "observation.import", entityId: zhumagulov.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ status: "SUBMITTED", import: { id, fileName: "survey-2024-09.csv" } });
    expect(await db.auditEntry.count({ where: { entity: "import", entityId: id, action: "import.confirm" } })).toBe(1);

    expect(await confirmImport({ viewer: editor, id, expectedVersion: version })).toMatchObject({ replayed: true });
    expect(await countObservations()).toBe(before + 5);
  });

  it("creates nothing when the same file is imported again", async () => {
    const before = await countObservations();
    const accounts = await db.account.count();
    const { id } = await upload(SURVEY);
    expect((await getImport({ viewer: editor, id }))!.sameFileConfirmedAt).toBeInstanceOf(Date);
    const report = await dryRunImport({ viewer: editor, id });
    expect(report.counts.observation).toEqual({ create: 0, update: 0, unchanged: 0, duplicate: 7 });
    const { summary } = await confirmImport({ viewer: editor, id, expectedVersion: 1 });
    expect(summary.observation.create).toBe(0);
    expect(await countObservations()).toBe(before);
    expect(await db.account.count()).toBe(accounts);
  });

  it("never publishes: the importer is the author, who cannot approve, and another editor can", async () => {
    const { id } = await upload("ФИО;Платформа;Дата;Подписчики\nРуслан Алишев;Instagram;01.10.2024;4 400", editor, "october.csv");
    // What "publish at once" sent, before it was removed (issue 13): not an argument any more, and not read.
    await confirmImport({ viewer: editor, id, expectedVersion: 1, ...{ markApproved: true } });
    const observation = await db.observation.findFirstOrThrow({
      where: { official: { fullName: "Руслан Алишев" }, observedAt: new Date("2024-10-01T07:00:00Z") },
      include: { reviews: true },
    });
    expect(observation).toMatchObject({ status: "SUBMITTED", authorId: editor.id, reviewerId: null, reviewedAt: null, followers: 4400, reviews: [] });
    expect((await getImport({ viewer: editor, id }))!.markApproved).toBe(false);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "import.confirm" } })).toBe(1);

    await expect(applyReviewDecision({ viewer: editor, id: observation.id, expectedVersion: observation.version, kind: "approve" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const other = asViewer(await createUser(db, { role: "EDITOR" }));
    await applyReviewDecision({ viewer: other, id: observation.id, expectedVersion: observation.version, kind: "approve" });
    expect(await db.observation.findUniqueOrThrow({ where: { id: observation.id } })).toMatchObject({ status: "APPROVED", reviewerId: other.id });

    // A sheet of followers alone erases nothing: its empty cells were not re-checked, and keep what was published
    // (decision 0014).
    const approved = await db.observation.findUniqueOrThrow({ where: { id: observation.id } });
    expect(approved.uncheckedFields).toEqual(expect.arrayContaining(["visibility", "contentKinds"]));
    expect(approved.uncheckedFields).not.toContain("followers");
    expect(approved).toMatchObject({ followers: 4400, visibility: "PUBLIC" });
    expect(approved.contentKinds).toEqual(["REPOSTS", "OFFICIAL_WORK", "FAMILY"]);
  });

  it("writes every field the form has, as the form would, with its source links", async () => {
    const header =
      "Full name;Platform;Date;Existence;Visibility;Followers;Following;Posts;Attribution;Attribution note;Has avatar;Verified badge;Last post;Last post URL;Content;Languages;Comments open;Replies;Live streams;Last live stream;Personal stories;Likes;Public note;Notes;Sources;Date approximate";
    const row =
      "Ержан Мустафин;Instagram;2024-10-02 18:45;Found;Closed;506;739;13;Likely;Подписан на управление;no;;2024-09-30;https://instagram.com/p/1;Reposts, Official work;Kazakh, Russian;yes;Sometimes;no;2024-09-01;yes;Few;Репосты с сайта акимата;«Строка» с кавычками;https://web.archive.org/a https://web.archive.org/b;yes";
    const { id } = await upload(`${header}\n${row}`, editor, "full.csv");
    expect((await dryRunImport({ viewer: editor, id })).errors).toEqual([]);
    await confirmImport({ viewer: editor, id, expectedVersion: 1 });
    const stored = await db.observation.findFirstOrThrow({
      where: { official: { fullName: "Ержан Мустафин" }, observedAt: new Date("2024-10-02T13:45:00Z") },
      include: { evidence: { orderBy: { url: "asc" } } },
    });
    expect(stored).toMatchObject({
      existence: "FOUND",
      visibility: "CLOSED",
      followers: 506,
      followersRaw: "506",
      following: 739,
      posts: 13,
      attribution: "LIKELY",
      attributionNote: "Подписан на управление",
      hasAvatar: false,
      verifiedBadge: null,
      lastPostUrl: "https://instagram.com/p/1",
      contentKinds: ["REPOSTS", "OFFICIAL_WORK"],
      languages: ["KAZAKH", "RUSSIAN"],
      commentsOpen: true,
      replies: "SOMETIMES",
      liveStreams: false,
      personalStories: true,
      likesLevel: "FEW",
      publicNote: "Репосты с сайта акимата",
      internalNote: "«Строка» с кавычками",
      // The old "approximate date: yes" column reads as a look known to the month.
      observedAtPrecision: "MONTH",
      lastPostAtPrecision: "DAY",
      lastLiveAtPrecision: "DAY",
      status: "SUBMITTED",
      version: 1,
    });
    expect(stored.lastPostAt!.toISOString()).toBe("2024-09-30T00:00:00.000Z");
    expect(stored.lastLiveAt!.toISOString()).toBe("2024-09-01T00:00:00.000Z");
    expect(stored.evidence.map((e) => [e.kind, e.url])).toEqual([
      ["LINK", "https://web.archive.org/a"],
      ["LINK", "https://web.archive.org/b"],
    ]);
  });

  it("takes dates known only to the month or the year, as the story gives them, and refuses nonsense by its cell", async () => {
    const text = [
      "ФИО;Платформа;Дата;Точность даты;Друзья;Последний пост;Последний эфир;Прямые эфиры",
      "Канат Дузелбаев;Facebook;01.11.2024;;почти пять тысяч;2021;;",
      "Руслан Алишев;Instagram;01.11.2024;месяц;;08.2023;;",
      "Серик Мухамедиев;Instagram;01.11.2024;день;;авг 2024;тамыз 2024;да",
      "Гауез Нурмухамбетов;Instagram;01.11.2024;;;давно;;",
      "Гауез Нурмухамбетов;Facebook;01.11.2024;неделя;;;;",
      "Жусуп Жумагулов;Instagram;01.11.2024;;;2025;;",
    ].join("\n");
    const { id } = await upload(text, editor, "fuzzy.csv");
    const report = await dryRunImport({ viewer: editor, id });
    expect(report.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
      [5, "Последний пост", "давно", "dateUnparsable"],
      [6, "Точность даты", "неделя", "unknownOption"],
      [7, "Последний пост", "2025", "lastPostAfterObservation"],
    ]);
    await confirmImport({ viewer: editor, id, expectedVersion: 1 });
    const stored = await db.observation.findMany({
      where: { observedAt: new Date("2024-11-01T07:00:00Z") },
      select: {
        official: { select: { fullName: true } },
        observedAtPrecision: true,
        lastPostAt: true,
        lastPostAtPrecision: true,
        lastLiveAt: true,
        lastLiveAtPrecision: true,
      },
      orderBy: { official: { fullName: "asc" } },
    });
    const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
    expect(
      stored.map((o) => [o.official.fullName, o.observedAtPrecision, day(o.lastPostAt), o.lastPostAtPrecision, day(o.lastLiveAt), o.lastLiveAtPrecision]),
    ).toEqual([
      ["Канат Дузелбаев", "DAY", "2021-12-31", "YEAR", null, "DAY"],
      ["Руслан Алишев", "MONTH", "2023-08-31", "MONTH", null, "DAY"],
      ["Серик Мухамедиев", "DAY", "2024-08-31", "MONTH", "2024-08-31", "MONTH"],
    ]);
  });

  it("refuses a confirmation made from an outdated report", async () => {
    const { id } = await upload(SURVEY);
    await saveImportMapping({ viewer: editor, id, mapping: ["fullName", "platform", "label", "observedAt", null, null, null, null] });
    await expect(confirmImport({ viewer: editor, id, expectedVersion: 1 })).rejects.toMatchObject({ name: "ConflictError" });
  });
});
