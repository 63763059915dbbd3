/**
 * Issue 13: every record opens on every page that shows it, whichever path made it: the form, the import, the
 * seed's factories, and an import confirmed by an earlier version, which gave its records UUIDs (an outlet that
 * upgrades holds those). Each is opened the way a person opens it: through the page's own loader and the page
 * itself, and an observation is reviewed and retracted through the review desk's action.
 * The other side of the id check, hostile values refused, is app/hostile-inputs.record-ids.test.ts.
 */
import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import ObservationPage from "@/app/(newsroom)/observations/[id]/page";
import { saveObservationAction } from "@/app/(newsroom)/observations/actions";
import OfficialPage from "@/app/(newsroom)/officials/[id]/page";
import { saveOfficialAction } from "@/app/(newsroom)/officials/actions";
import ReviewObservationPage from "@/app/(newsroom)/review/[id]/page";
import { decideObservationAction } from "@/app/(newsroom)/review/actions";
import { GET as officialEmbed } from "@/app/embed/official/[id]/route";
import type { Viewer } from "@/lib/auth/permissions";
import { confirmImport } from "@/lib/data/import/confirm-import";
import { createImport } from "@/lib/data/import/create-import";
import { readSpreadsheet } from "@/lib/data/import/read-spreadsheet";
import { getObservation } from "@/lib/data/observations/get-observation";
import { getReview } from "@/lib/data/observations/get-review";
import { getOfficial } from "@/lib/data/registry/get-official";
import { db } from "@/lib/db";
import ru from "@/lib/i18n/messages/ru";
import { form, RedirectSignal, session } from "@/lib/testing/action-harness";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { renderHtml } from "@/lib/testing/render-html";
import { withTestDatabase } from "@/lib/testing/test-database";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());
// Pages read their messages through next-intl's request config; here, straight from the Russian files.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "ru", messages: ru, namespace: namespace as never, timeZone: "Asia/Almaty" }),
  getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Asia/Almaty" }),
  getLocale: async () => "ru",
}));

withTestDatabase();

const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});
let reporter: Viewer;
/** Imports, and so is the author of what the import writes. */
let editor: Viewer;
/** Reviews everything here: the author of none of it. */
let admin: Viewer;
let akimatId: string;

beforeAll(async () => {
  reporter = asViewer(await createUser(db));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  admin = asViewer(await createUser(db, { role: "ADMIN" }));
  akimatId = (await createAkimat(db, { slug: "every-path", name: "Акимат всех путей", level: "REGION" })).id;
});

/** An official with a post (so that the public card has something to show) and an Instagram account. */
async function officialWithAccount(fullName: string, id?: string) {
  const official = await createOfficial(db, { ...(id ? { id } : {}), fullName, akimatId });
  const account = await createAccount(db, { ...(id ? { id: randomUUID() } : {}), officialId: official.id });
  return { official, account };
}

async function imported(kind: "OBSERVATIONS" | "REGISTRY", csv: string) {
  const bytes = new TextEncoder().encode(csv);
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.problem);
  const { id } = await createImport({ viewer: editor, kind, fileName: `${kind.toLowerCase()}.csv`, bytes, sheet: read.sheet });
  await confirmImport({ viewer: editor, id, expectedVersion: 1 });
  return id;
}

/** The id of what an import wrote, as its audit entry names it. */
async function importedId(importId: string, action: string) {
  const entries = await db.auditEntry.findMany({ where: { action }, select: { entityId: true, after: true } });
  return entries.find((entry) => (entry.after as { import?: { id: string } }).import?.id === importId)!.entityId;
}

/** An observation, submitted, made by each path. */
const OBSERVATION_PATHS: [string, () => Promise<string>][] = [
  [
    "the observation form",
    async () => {
      const { official, account } = await officialWithAccount("Форма Формовна");
      session.viewer = reporter;
      const fields = {
        officialId: official.id,
        platform: "INSTAGRAM",
        accountId: account.id,
        observedAt: "2024-09-15T12:00",
        existence: "FOUND",
        followers: "1 200",
        intent: "submit",
      };
      const redirect = await saveObservationAction({ outcome: "idle", values: {} }, form(fields)).catch((error: unknown) => error);
      expect(redirect).toBeInstanceOf(RedirectSignal);
      return (await db.observation.findFirstOrThrow({ where: { officialId: official.id } })).id;
    },
  ],
  [
    "the import",
    async () => {
      await officialWithAccount("Импорт Импортович");
      const id = await imported("OBSERVATIONS", "ФИО;Платформа;Дата;Подписчики\nИмпорт Импортович;Instagram;15.09.2024;506\n");
      return importedId(id, "observation.import");
    },
  ],
  [
    "the seed's factory",
    async () => {
      const { official, account } = await officialWithAccount("Сид Сидович");
      return (
        await createObservation(db, { officialId: official.id, accountId: account.id, authorId: reporter.id, status: "SUBMITTED", submittedAt: new Date() })
      ).id;
    },
  ],
  [
    "an import confirmed by an earlier version (a UUID)",
    async () => {
      const { official, account } = await officialWithAccount("Старый Импортович", randomUUID());
      const data = {
        id: randomUUID(),
        officialId: official.id,
        accountId: account.id,
        authorId: editor.id,
        status: "SUBMITTED" as const,
        submittedAt: new Date(),
      };
      return (await createObservation(db, data)).id;
    },
  ],
];

/** The page as HTML, or why it refused (notFound() and redirect() throw), rendered as the server would. */
async function opened(page: () => Promise<ReactNode>) {
  let tree: ReactNode;
  try {
    tree = await page();
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
  return renderHtml(tree);
}

async function decide(id: string, decision: "approve" | "retract") {
  const { version } = await db.observation.findUniqueOrThrow({ where: { id } });
  const answer = await decideObservationAction({ outcome: "idle", values: {} }, form({ id, version: String(version), decision, comment: "Проверено." })).catch(
    (error: unknown) => error,
  );
  return answer instanceof RedirectSignal && !/notice=(conflict|forbidden)/.test(answer.url) ? "done" : `refused: ${JSON.stringify(answer)}`;
}

/** What Prisma's `@default(cuid())` writes: "c" and 24 letters and digits. */
const CUID = /^c[a-z0-9]{24}$/;

describe("the ids each path writes", () => {
  it("are of one kind: the import's, with its source links, are those Prisma's default gives the form's", async () => {
    const formPath = await OBSERVATION_PATHS[0]![1]();
    expect(formPath).toMatch(CUID);
    const registry = await imported(
      "REGISTRY",
      "Акимат;Уровень акимата;ФИО;Должность;Платформа;Ссылка\nАкимат одного вида;Область;Один Видович;Аким;Instagram;instagram.com/vidovich\n",
    );
    const observations = await imported("OBSERVATIONS", "ФИО;Платформа;Дата;Источники\nОдин Видович;Instagram;16.09.2024;https://web.archive.org/vid\n");
    const written = await db.auditEntry.findMany({ where: { action: { endsWith: ".import" } }, select: { entity: true, entityId: true, after: true } });
    const ofThese = written.filter((entry) => [registry, observations].includes((entry.after as { import?: { id: string } }).import?.id ?? ""));
    expect(new Set(ofThese.map((entry) => entry.entity))).toEqual(new Set(["akimat", "official", "position", "account", "observation"]));
    expect(ofThese.filter((entry) => !CUID.test(entry.entityId))).toEqual([]);
    const links = await db.evidence.findMany({ where: { url: "https://web.archive.org/vid" }, select: { id: true } });
    expect(links).toHaveLength(1);
    expect(links[0]!.id).toMatch(CUID);
  });
});

describe("an observation, whichever path made it", () => {
  it.each(OBSERVATION_PATHS)("made by %s opens on the observation and review pages, and can be approved and retracted", async (_path, make) => {
    const id = await make();
    session.viewer = admin;
    const params = { params: Promise.resolve({ id }) };
    const { official } = await db.observation.findUniqueOrThrow({ where: { id }, select: { official: { select: { fullName: true } } } });
    expect(await getObservation({ viewer: admin, id })).not.toBeNull();
    expect(await getReview({ viewer: admin, id })).not.toBeNull();
    expect(await opened(() => ObservationPage({ ...params, searchParams: Promise.resolve({}) }))).toContain(official.fullName);
    expect(await opened(() => ReviewObservationPage({ ...params, searchParams: Promise.resolve({}) }))).toContain(official.fullName);
    expect(await decide(id, "approve")).toBe("done");
    expect(await decide(id, "retract")).toBe("done");
    expect((await db.observation.findUniqueOrThrow({ where: { id } })).status).toBe("RETRACTED");
  });
});

/** An official, made by each path, with a published observation so that the public card shows them. */
const OFFICIAL_PATHS: [string, () => Promise<string>][] = [
  [
    "the registry form",
    async () => {
      session.viewer = editor;
      const redirect = await saveOfficialAction({ outcome: "idle", values: {} }, form({ fullName: "Реестр Формович" })).catch((error: unknown) => error);
      expect(redirect).toBeInstanceOf(RedirectSignal);
      return (await db.official.findFirstOrThrow({ where: { fullName: "Реестр Формович" } })).id;
    },
  ],
  [
    "the registry import",
    async () => importedId(await imported("REGISTRY", "ФИО;Платформа;Ссылка\nРеестр Импортович;Instagram;instagram.com/importovich\n"), "official.import"),
  ],
  ["the seed's factory", async () => (await createOfficial(db, { fullName: "Реестр Сидович" })).id],
  ["a registry import confirmed by an earlier version (a UUID)", async () => (await createOfficial(db, { id: randomUUID(), fullName: "Реестр Старович" })).id],
];

describe("an official, whichever path made them", () => {
  it.each(OFFICIAL_PATHS)("made by %s opens on their page and on their public card", async (_path, make) => {
    const id = await make();
    if (!(await db.position.findFirst({ where: { officialId: id } }))) await db.position.create({ data: { officialId: id, akimatId, title: "DEPUTY_AKIM" } });
    const account = (await db.account.findFirst({ where: { officialId: id } })) ?? (await createAccount(db, { officialId: id }));
    await createObservation(db, {
      officialId: id,
      accountId: account.id,
      authorId: reporter.id,
      status: "APPROVED",
      existence: "FOUND",
      followers: 100,
      reviewerId: admin.id,
      reviewedAt: new Date(),
    });
    session.viewer = reporter;
    const { fullName } = await db.official.findUniqueOrThrow({ where: { id } });
    expect(await getOfficial({ viewer: reporter, id })).not.toBeNull();
    expect(await opened(() => OfficialPage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }))).toContain(fullName);
    expect((await officialEmbed(new Request(`http://localhost/embed/official/${id}`), { params: Promise.resolve({ id }) })).status).toBe(200);
  });
});
