/**
 * Issue 15, parts 1 and 7: every way into the observation form for a known account starts from what is published
 * about it, and the account list is that official's accounts on that platform, without JavaScript. The page is
 * rendered as the server renders it, through its own loaders against a real database.
 */
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import NewObservationPage from "@/app/(newsroom)/observations/new/page";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/load-messages";
import { session } from "@/lib/testing/action-harness";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { renderHtml } from "@/lib/testing/render-html";
import { withTestDatabase } from "@/lib/testing/test-database";
import { readCarriedForm } from "@/lib/validation/carried-input";

const intl = vi.hoisted(() => ({ messages: {} as Record<string, unknown> }));

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string | { namespace?: string }) =>
    createTranslator({
      locale: "en",
      messages: intl.messages,
      namespace: (typeof namespace === "object" ? namespace.namespace : namespace) as never,
      timeZone: "Asia/Almaty",
    }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "Asia/Almaty" }),
  getLocale: async () => "en",
}));

withTestDatabase();

let reporter: Viewer;
let officialId: string;
let instagramId: string;
let olderId: string;
let draftId: string;

beforeAll(async () => {
  intl.messages = (await loadMessages("en")) as Record<string, unknown>;
  const user = await createUser(db);
  reporter = { id: user.id, role: user.role, name: user.name, email: user.email };
  const akimatId = (await createAkimat(db, { slug: "sko", level: "REGION" })).id;
  officialId = (await createOfficial(db, { fullName: "Жусуп Жумагулов", akimatId, position: { title: "DEPUTY_AKIM" } })).id;
  instagramId = (await createAccount(db, { officialId, platform: "INSTAGRAM", handle: "zhumagulov" })).id;
  await createAccount(db, { officialId, platform: "FACEBOOK", label: "Страница 1" });
  await createAccount(db, { officialId, platform: "FACEBOOK", label: "Страница 2" });
  const published = { officialId, accountId: instagramId, platform: "INSTAGRAM" as const, authorId: user.id, status: "APPROVED" as const };
  olderId = (await createObservation(db, { ...published, observedAt: new Date("2024-08-10T07:00:00Z"), followersRaw: "около 10 тысяч", followers: 10000 })).id;
  await createObservation(db, { ...published, observedAt: new Date("2025-03-01T07:00:00Z"), followersRaw: "10 400", followers: 10400, visibility: "PUBLIC" });
  draftId = (
    await createObservation(db, { ...published, status: "DRAFT", observedAt: new Date("2025-04-01T07:00:00Z"), followersRaw: "10 900", followers: 10900 })
  ).id;
});

async function rendered(search: Record<string, string>) {
  session.viewer = reporter;
  return (await renderHtml(await NewObservationPage({ searchParams: Promise.resolve(search) }), { locale: "en", messages: intl.messages })).replace(
    /<!-- -->/g,
    "",
  );
}

const carriedOf = (html: string) => readCarriedForm(/name="carried" value="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"'));

describe("every way into the form for a known account", () => {
  it("from the account: the latest published observation, each carried field dated", async () => {
    const html = await rendered({ accountId: instagramId });
    expect(html).toContain('value="10 400"');
    expect(carriedOf(html).followers).toEqual({ values: { followers: "10 400" }, seenAt: "2025-03-01T07:00:00.000Z" });
    expect(html).toContain("Last seen");
  });

  it("from an older published observation: still the latest, never a superseded state", async () => {
    const html = await rendered({ from: olderId });
    expect(html).toContain('value="10 400"');
    expect(html).not.toContain('value="около 10 тысяч"');
  });

  it("from the official and the platform, with one account there: that account's latest published observation", async () => {
    const html = await rendered({ officialId, platform: "INSTAGRAM" });
    expect(html).toContain('value="10 400"');
    expect(carriedOf(html).visibility?.values).toEqual({ visibility: "PUBLIC" });
  });

  it("from the reporter's own draft: the draft as it is, nothing carried", async () => {
    const html = await rendered({ from: draftId });
    expect(html).toContain('value="10 900"');
    expect(carriedOf(html)).toEqual({});
  });
});

describe("the account list", () => {
  it("offers only the chosen official's accounts on the chosen platform, as links", async () => {
    const html = await rendered({ officialId, platform: "FACEBOOK" });
    expect(html).toContain(">Страница 1</a>");
    expect(html).toContain(">Страница 2</a>");
    expect(html).not.toContain("zhumagulov");
    expect(html).toContain("existence=NOT_FOUND");
  });

  it("opens the form as “searched, not found” where the official has no account on the platform", async () => {
    const html = await rendered({ officialId, platform: "TELEGRAM" });
    expect(html).toMatch(/<option value="NOT_FOUND" selected="">/);
    expect(html).toContain("None: the search found nothing");
  });
});
