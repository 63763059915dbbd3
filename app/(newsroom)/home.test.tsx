/**
 * Home (issue 16, part 2): a reporter's is their open checklist, in each language; with no open wave it says so and
 * points elsewhere; an editor's is the dashboard. The page as the server renders it, against a real database (the
 * list itself: lib/data/waves/get-my-checklist.test.ts; in Chromium: e2e/waves-two-reporters.spec.ts).
 */
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { RedirectSignal, session } from "@/lib/testing/action-harness";
import { createAkimat, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { renderHtml } from "@/lib/testing/render-html";
import { withTestDatabase } from "@/lib/testing/test-database";
import HomePage from "./page";

const intl = vi.hoisted(() => ({ locale: "en", messages: {} as Record<string, unknown> }));

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: intl.locale, messages: intl.messages, namespace: namespace as never, timeZone: "Asia/Almaty" }),
  getFormatter: async () => createFormatter({ locale: intl.locale, timeZone: "Asia/Almaty" }),
  getLocale: async () => intl.locale,
}));

withTestDatabase();

const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
let reporter: Viewer;
let editor: Viewer;

beforeAll(async () => {
  reporter = asViewer(await createUser(db));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
});

async function home(viewer: Viewer, locale: Locale = "en") {
  intl.locale = locale;
  intl.messages = (await loadMessages(locale)) as Record<string, unknown>;
  session.viewer = viewer;
  return (await renderHtml(await HomePage({ searchParams: Promise.resolve({}) }), { locale, messages: intl.messages })).replace(/<!-- -->/g, "");
}

describe("home", () => {
  it("is the dashboard for an editor", async () => {
    await expect(home(editor)).rejects.toEqual(new RedirectSignal("/dashboard"));
  });

  it("says when no wave is open, and points to the dashboard and the reporter's observations, in each language", async () => {
    const html = await home(reporter);
    expect(html).toContain("There is no open survey wave at the moment.");
    expect(html).toMatch(/<a[^>]*href="\/dashboard"[^>]*>dashboard<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/observations"[^>]*>your observations<\/a>/);
    expect(await home(reporter, "kk")).toContain("Қазір ашық сауалнама толқыны жоқ.");
    expect(await home(reporter, "ru")).toContain("Сейчас нет открытой волны опроса.");
  });

  it("lists the reporter's cells with the wave's due day, each linking to its form in the wave", async () => {
    const akimat = await createAkimat(db, { level: "CITY", name: "Акимат города", nameEn: "City Akimat", nameKk: "Қала әкімдігі" });
    const official = await createOfficial(db, { fullName: "Аким Городской", akimatId: akimat.id, position: { title: "AKIM" } });
    const wave = await createWave(db, { name: "Декабрь", akimatIds: [akimat.id], platforms: ["INSTAGRAM"], dueOn: new Date("2020-01-31") });
    await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: reporter.id, akimatId: akimat.id } });
    const html = await home(reporter);
    expect(html).toContain("Your part of the open survey waves");
    expect(html).toMatch(/ · due (31 January|January 31,) 2020 · 0 of 1 submitted or approved/);
    expect(html).toContain("1 cell overdue");
    expect(html).toContain(`href="/observations/new?officialId=${official.id}&amp;platform=INSTAGRAM&amp;wave=${wave.id}"`);
    expect(html).toContain("Akim, City Akimat");
    const kazakh = await home(reporter, "kk");
    expect(kazakh).toContain("Менің тексеру тізімім");
    expect(kazakh).toContain("Басталмаған");
    expect(kazakh).toContain("Қала әкімдігі");
  });
});
