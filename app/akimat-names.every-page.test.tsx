/**
 * Issue 15, part 7: an akimat's name follows the interface's language on every page that shows one (the registry,
 * the observation form and its akimat chooser, the review queue, the dashboard, the profiles, the embed builder, a
 * reporter's home), Russian only where the registry has no translation. Each page is rendered as the server renders
 * it, in English and in Kazakh, through its own loader against a real database.
 */
import type { ReactNode } from "react";
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import EditAkimatPage from "@/app/(newsroom)/akimats/[id]/edit/page";
import AkimatPage from "@/app/(newsroom)/akimats/[id]/page";
import NewAkimatPage from "@/app/(newsroom)/akimats/new/page";
import AkimatsPage from "@/app/(newsroom)/akimats/page";
import DashboardPage from "@/app/(newsroom)/dashboard/page";
import EmbedBuilderPage from "@/app/(newsroom)/embed-builder/page";
import NewObservationPage from "@/app/(newsroom)/observations/new/page";
import OfficialPage from "@/app/(newsroom)/officials/[id]/page";
import NewPositionPage from "@/app/(newsroom)/officials/[id]/positions/new/page";
import OfficialsPage from "@/app/(newsroom)/officials/page";
import HomePage from "@/app/(newsroom)/page";
import ReviewPage from "@/app/(newsroom)/review/page";
import type { Viewer } from "@/lib/auth/permissions";
import { MAX_OFFICIALS_LISTED_WHOLE } from "@/lib/data/registry/choose-subject-scope";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { session } from "@/lib/testing/action-harness";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { renderHtml } from "@/lib/testing/render-html";
import { withTestDatabase } from "@/lib/testing/test-database";

const intl = vi.hoisted(() => ({ locale: "en", messages: {} as Record<string, unknown> }));

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());
// Pages read their language through next-intl's request config; here, the one each test sets.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string | { namespace?: string }) =>
    createTranslator({
      locale: intl.locale,
      messages: intl.messages,
      namespace: (typeof namespace === "object" ? namespace.namespace : namespace) as never,
      timeZone: "Asia/Almaty",
    }),
  getFormatter: async () => createFormatter({ locale: intl.locale, timeZone: "Asia/Almaty" }),
  getLocale: async () => intl.locale,
}));

withTestDatabase();

const NAMES = { name: "Акимат Северо-Казахстанской области", nameKk: "Солтүстік Қазақстан облысының әкімдігі", nameEn: "North Kazakhstan Region Akimat" };
/** A district with no translations: Russian in every language. */
const UNTRANSLATED = "Акимат Неназванного района";

let editor: Viewer;
let reporter: Viewer;
let regionId: string;
let officialId: string;

beforeAll(async () => {
  const user = await createUser(db, { role: "EDITOR" });
  editor = { id: user.id, role: user.role, name: user.name, email: user.email };
  const reporterUser = await createUser(db);
  reporter = { id: reporterUser.id, role: reporterUser.role, name: reporterUser.name, email: reporterUser.email };
  regionId = (await createAkimat(db, { slug: "sko", level: "REGION", ...NAMES })).id;
  const district = await createAkimat(db, { slug: "nameless", level: "DISTRICT", name: UNTRANSLATED, parentId: regionId });
  const official = await createOfficial(db, { fullName: "Аким Областной", akimatId: regionId, position: { title: "AKIM" } });
  officialId = official.id;
  await createOfficial(db, { fullName: "Аким Районный", akimatId: district.id, position: { title: "AKIM" } });
  const account = await createAccount(db, { officialId, handle: "akim_sko" });
  await createObservation(db, { officialId, accountId: account.id, authorId: reporter.id, status: "APPROVED", followers: 1200 });
  await createObservation(db, { officialId, accountId: account.id, authorId: reporter.id, status: "SUBMITTED", submittedAt: new Date(), followers: 1300 });
  // A reporter's home lists the officials of their part of an open wave, with their akimats.
  const wave = await createWave(db, { akimatIds: [regionId], includeDistricts: true, dueOn: new Date("2099-01-01") });
  await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: reporter.id, akimatId: regionId } });
});

async function page(locale: Locale, render: () => Promise<ReactNode>) {
  intl.locale = locale;
  intl.messages = (await loadMessages(locale)) as Record<string, unknown>;
  session.viewer = editor;
  return (await renderHtml(await render(), { locale, messages: intl.messages })).replace(/<!-- -->/g, "");
}

const none = Promise.resolve({});
const params = (id: string) => Promise.resolve({ id });
const PAGES: [string, () => Promise<ReactNode>][] = [
  ["the akimats' registry", () => AkimatsPage({ searchParams: none })],
  ["the officials' registry", () => OfficialsPage({ searchParams: none })],
  ["a new akimat's parents", () => NewAkimatPage()],
  ["an akimat's edit page", () => EditAkimatPage({ params: params(regionId) })],
  ["a new post's akimats", () => NewPositionPage({ params: params(officialId) })],
  ["an official's profile", () => OfficialPage({ params: params(officialId), searchParams: none })],
  ["an akimat's profile", () => AkimatPage({ params: params(regionId), searchParams: none })],
  ["the observation form", () => NewObservationPage({ searchParams: none })],
  ["the review queue", () => ReviewPage({ searchParams: none })],
  ["the dashboard", () => DashboardPage({ searchParams: Promise.resolve({ akimats: "sko,nameless" }) } as never)],
  ["the embed builder", () => EmbedBuilderPage({ searchParams: none })],
  [
    "a reporter's home",
    () => {
      session.viewer = reporter;
      return HomePage({ searchParams: none });
    },
  ],
];

/** What a page shows as an akimat's name: without the other names it lists marked by language, and the edit form's values. */
const shown = (html: string) => html.replace(/<(\w+) lang="(?:ru|kk|en)"[^>]*>[^<]*<\/\1>/g, "").replace(/ value="[^"]*"/g, "");
const RUSSIAN_SHOWN = new RegExp(`>${NAMES.name}<|"${NAMES.name}"|${NAMES.name} \\(|: ${NAMES.name}`);

describe("an akimat's name on every page", () => {
  it.each(PAGES)("%s speaks the interface's language, Russian where there is no translation", async (_name, render) => {
    const english = await page("en", render);
    expect(english).toContain(NAMES.nameEn);
    expect(shown(english)).not.toMatch(RUSSIAN_SHOWN);
    const kazakh = await page("kk", render);
    expect(kazakh).toContain(NAMES.nameKk);
    expect(shown(kazakh)).not.toMatch(RUSSIAN_SHOWN);
    const russian = await page("ru", render);
    expect(russian).toContain(NAMES.name);
    expect(shown(russian)).not.toContain(NAMES.nameEn);
  });

  it("the registry still lists every name of an akimat, each marked by its language", async () => {
    const html = await page("en", () => AkimatsPage({ searchParams: none }));
    expect(html).toContain(`>${NAMES.nameEn}</a>`);
    expect(html).toContain(`<span lang="ru" class="block text-xs">${NAMES.name}</span>`);
    expect(html).toContain(`<span lang="kk" class="block text-xs">${NAMES.nameKk}</span>`);
    expect(html).toContain(`>${UNTRANSLATED}</a>`);
  });

  it("the observation form's akimat chooser, shown when there are too many officials to list", async () => {
    const many = await db.official.createManyAndReturn({
      data: Array.from({ length: MAX_OFFICIALS_LISTED_WHOLE }, (_, i) => ({ fullName: `Депутат ${i}` })),
      select: { id: true },
    });
    await db.position.createMany({ data: many.map(({ id }) => ({ officialId: id, akimatId: regionId, title: "DEPUTY_AKIM" as const })) });
    const english = await page("en", () => NewObservationPage({ searchParams: none }));
    expect(english).toContain('<select name="akimat"');
    expect(english).toMatch(new RegExp(`>${NAMES.nameEn} \\(\\d+ officials?\\)</option>`));
    expect(english).toContain(`>${UNTRANSLATED} (1 official)</option>`);
    const kazakh = await page("kk", () => NewObservationPage({ searchParams: none }));
    expect(kazakh).toContain(`>${NAMES.nameKk} (`);
    const chosen = await page("en", () => NewObservationPage({ searchParams: Promise.resolve({ akimat: regionId }) }));
    expect(chosen).toContain(`label="${NAMES.nameEn}"`);
  });
});
