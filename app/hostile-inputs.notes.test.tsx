/**
 * House rule 20 for an observation's two notes (issue 15), on every path that writes one (the observation form,
 * an import, the factories the seed uses) and every public output (the four exports, the embeds in each
 * language, the methodology page): the internal note reaches none of them in any form, and the public note is
 * in every export exactly as written, a formula defused in the CSV. The review desk shows both, the internal one
 * marked as never published. Both notes carry the hostile-input corpus's worst text.
 */
import { parse } from "csv-parse/sync";
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveObservationAction } from "@/app/(newsroom)/observations/actions";
import ReviewObservationPage from "@/app/(newsroom)/review/[id]/page";
import { decideObservationAction } from "@/app/(newsroom)/review/actions";
import MethodologyPage from "@/app/(public)/methodology/page";
import { GET as observationsCsv } from "@/app/api/public/observations.csv/route";
import { GET as observationsJson } from "@/app/api/public/observations.json/route";
import { GET as officialsJson } from "@/app/api/public/officials.json/route";
import { GET as popoloJson } from "@/app/api/public/popolo.json/route";
import { GET as comparisonEmbed } from "@/app/embed/comparison/route";
import { GET as officialEmbed } from "@/app/embed/official/[id]/route";
import type { Viewer } from "@/lib/auth/permissions";
import { confirmImport } from "@/lib/data/import/confirm-import";
import { createImport } from "@/lib/data/import/create-import";
import { readSpreadsheet } from "@/lib/data/import/read-spreadsheet";
import { db } from "@/lib/db";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import en from "@/lib/i18n/messages/en";
import kk from "@/lib/i18n/messages/kk";
import ru from "@/lib/i18n/messages/ru";
import { form, RedirectSignal, session } from "@/lib/testing/action-harness";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { HOSTILE_TEXT } from "@/lib/testing/hostile-inputs";
import { renderHtml } from "@/lib/testing/render-html";
import { withTestDatabase } from "@/lib/testing/test-database";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());
// Pages read their messages through next-intl's request config; here, straight from the files. The methodology
// page names its locale ({ locale, namespace }); the newsroom's pages are Russian.
vi.mock("next-intl/server", async () => {
  const { default: ru } = await import("@/lib/i18n/messages/ru");
  const { default: kk } = await import("@/lib/i18n/messages/kk");
  const { default: en } = await import("@/lib/i18n/messages/en");
  const all = { ru, kk, en };
  return {
    getTranslations: async (options?: string | { locale: "ru" | "kk" | "en"; namespace: string }) => {
      const { locale, namespace } = typeof options === "object" ? options : { locale: "ru" as const, namespace: options };
      return createTranslator({ locale, messages: all[locale], namespace: namespace as never, timeZone: "Asia/Almaty" });
    },
    getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Asia/Almaty" }),
    getLocale: async () => "ru",
  };
});

withTestDatabase();

const PATHS = ["form", "import", "factory"] as const;
type Path = (typeof PATHS)[number];
/** Letters only, so that no escaping, quoting or encoding could hide it from a search of an output. */
const INTERNAL = "ВНУТРЕННЕЕ";
const internalNote = (path: Path) => `${INTERNAL}-${path}: запрос в пресс-службу отправлен\n${HOSTILE_TEXT}`;
/** Starts like a formula, so that the CSV must defuse it. */
const publicNote = (path: Path) => `=HYPERLINK("http://evil.example") Публичное-${path}: ${HOSTILE_TEXT}`;

const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});
let editor: Viewer;
let officialId = "";
const observationIds: Partial<Record<Path, string>> = {};

async function approve(id: string) {
  session.viewer = editor;
  const { version } = await db.observation.findUniqueOrThrow({ where: { id } });
  const answer = await decideObservationAction({ outcome: "idle", values: {} }, form({ id, version: String(version), decision: "approve" })).catch(
    (error: unknown) => error,
  );
  expect(answer).toBeInstanceOf(RedirectSignal);
  expect(await db.observation.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "APPROVED" });
}

const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;

beforeAll(async () => {
  clearPublishedRenderCache();
  const reporter = asViewer(await createUser(db));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  const importer = asViewer(await createUser(db, { role: "EDITOR" }));
  const akimat = await createAkimat(db, { slug: "petropavlovsk", name: "Акимат города Петропавловска", nameEn: "Petropavlovsk City Akimat", level: "CITY" });
  const official = await createOfficial(db, { fullName: "Сания Смаилова", akimatId: akimat.id, position: { title: "DEPUTY_AKIM" } });
  officialId = official.id;
  const instagram = await createAccount(db, { officialId, platform: "INSTAGRAM" });
  await createAccount(db, { officialId, platform: "FACEBOOK" });
  const telegram = await createAccount(db, { officialId, platform: "TELEGRAM", kind: "CHANNEL" });

  // The form, as a reporter sends it.
  session.viewer = reporter;
  const fields = { officialId, platform: "INSTAGRAM", accountId: instagram.id, observedAt: "2024-08-28T12:00", existence: "FOUND", intent: "submit" };
  const saved = await saveObservationAction(
    { outcome: "idle", values: {} },
    form({ ...fields, publicNote: publicNote("form"), internalNote: internalNote("form") }),
  ).catch((error: unknown) => error);
  expect(saved).toBeInstanceOf(RedirectSignal);
  observationIds.form = (await db.observation.findFirstOrThrow({ where: { officialId, platform: "INSTAGRAM" } })).id;

  // An import, with the template's Russian names for both columns.
  const file = [
    "ФИО;Платформа;Дата;Публичная заметка;Заметки",
    ["Сания Смаилова", "Facebook", "28.08.2024", publicNote("import"), internalNote("import")].map(csvCell).join(";"),
  ].join("\r\n");
  const read = await readSpreadsheet(new TextEncoder().encode(`\uFEFF${file}\r\n`));
  if (!read.ok) throw new Error(read.problem);
  const { id: importId } = await createImport({
    viewer: importer,
    kind: "OBSERVATIONS",
    fileName: "notes.csv",
    bytes: new TextEncoder().encode(file),
    sheet: read.sheet,
  });
  await confirmImport({ viewer: importer, id: importId, expectedVersion: 1 });
  observationIds.import = (await db.observation.findFirstOrThrow({ where: { officialId, platform: "FACEBOOK" } })).id;

  // The factories the seed writes the story with.
  observationIds.factory = (
    await createObservation(db, {
      officialId,
      accountId: telegram.id,
      platform: "TELEGRAM",
      authorId: reporter.id,
      observedAt: new Date("2024-08-28T07:00:00Z"),
      status: "SUBMITTED",
      publicNote: publicNote("factory"),
      internalNote: internalNote("factory"),
    })
  ).id;

  for (const path of PATHS) {
    expect(await db.observation.findUniqueOrThrow({ where: { id: observationIds[path] }, select: { publicNote: true, internalNote: true } }), path).toEqual({
      publicNote: publicNote(path),
      internalNote: internalNote(path),
    });
    await approve(observationIds[path]!);
  }
});

async function text(response: Response) {
  expect(response.status).toBe(200);
  return response.text();
}

describe("the public outputs", () => {
  it("carry no internal note, whichever path wrote it", async () => {
    const outputs: [string, Promise<string>][] = [
      ["observations.csv", observationsCsv(new Request("http://localhost/api/public/observations.csv")).then(text)],
      ["observations.json", observationsJson(new Request("http://localhost/api/public/observations.json")).then(text)],
      ["officials.json", officialsJson(new Request("http://localhost/api/public/officials.json")).then(text)],
      ["popolo.json", popoloJson(new Request("http://localhost/api/public/popolo.json")).then(text)],
    ];
    for (const lang of ["ru", "kk", "en"]) {
      for (const metric of ["reach", "activity", "openness"])
        outputs.push([
          `comparison ${lang} ${metric}`,
          comparisonEmbed(new Request(`http://localhost/embed/comparison?lang=${lang}&metric=${metric}`)).then(text),
        ]);
      outputs.push([
        `card ${lang}`,
        officialEmbed(new Request(`http://localhost/embed/official/${officialId}?lang=${lang}`), { params: Promise.resolve({ id: officialId }) }).then(text),
      ]);
      outputs.push([`methodology ${lang}`, MethodologyPage({ searchParams: Promise.resolve({ lang }) }).then((page) => renderHtml(page))]);
    }
    for (const [name, output] of outputs) {
      const body = await output;
      expect(body.length, name).toBeGreaterThan(0);
      expect(body.includes(INTERNAL), name).toBe(false);
      expect(body.includes("запрос в пресс-службу"), name).toBe(false);
      expect(/internal_?note/i.test(body), name).toBe(false);
    }
  });

  it("publish the public note exactly as written in the JSON exports", async () => {
    const { data } = await (await observationsJson(new Request("http://localhost/api/public/observations.json"))).json();
    expect(Object.fromEntries(data.map((o: { id: string; publicNote: string }) => [o.id, o.publicNote]))).toEqual(
      Object.fromEntries(PATHS.map((path) => [observationIds[path], publicNote(path)])),
    );
    const officials = await (await officialsJson(new Request("http://localhost/api/public/officials.json"))).json();
    expect(officials.data[0].current.map((o: { publicNote: string }) => o.publicNote).sort()).toEqual(PATHS.map(publicNote).sort());
    const popolo = await (await popoloJson(new Request("http://localhost/api/public/popolo.json"))).json();
    expect(popolo.x_ashyq_observations.map((o: { publicNote: string }) => o.publicNote).sort()).toEqual(PATHS.map(publicNote).sort());
  });

  it("publish the public note in the CSV behind a quote, where a spreadsheet would run it", async () => {
    const rows = parse(await text(await observationsCsv(new Request("http://localhost/api/public/observations.csv"))), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.fromEntries(rows.map((row) => [row.observation_id, row.public_note]))).toEqual(
      Object.fromEntries(PATHS.map((path) => [observationIds[path], `'${publicNote(path)}`])),
    );
  });

  it.each([
    ["ru", ru, "Публикуется и заметка журналиста для читателей"],
    ["kk", kk, "Журналистің оқырмандарға арналған ескертпесі де жарияланады"],
    ["en", en, "A reporter's note for readers is published too"],
  ] as const)("are described on the methodology page: what is published and what never is (%s)", async (lang, messages, line) => {
    expect(messages.methodology.notes.startsWith(line)).toBe(true);
    const html = await renderHtml(await MethodologyPage({ searchParams: Promise.resolve({ lang }) }));
    expect(html).toContain(line.replaceAll("'", "&#x27;"));
  });
});

describe("the review desk", () => {
  it("shows an editor both notes as typed, the internal one marked as never published", async () => {
    session.viewer = editor;
    const html = await renderHtml(await ReviewObservationPage({ params: Promise.resolve({ id: observationIds.form! }), searchParams: Promise.resolve({}) }));
    expect(html).toContain(ru.observation.publicNoteShown);
    expect(html).toContain(ru.observation.internalNoteShown);
    expect(html).toContain(`${INTERNAL}-form: запрос в пресс-службу отправлен`);
    expect(html).toContain("Публичное-form:");
    expect(html).not.toMatch(/<script>alert|<img src=x/);
  });
});
