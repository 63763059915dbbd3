import type { ReactNode } from "react";
import { createFormatter, createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import ru from "@/lib/i18n/messages/ru";
import { pageWindow } from "./history-pager";
import { OfficialObservations, type HistoryPageView } from "./official-observations";
import type { ReachSeriesView } from "./official-reach-chart";
import type { HistoryRow, HistorySubjectView } from "./subject-history";

// Server components read their messages through next-intl's request config; here, straight from the Russian files.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "ru", messages: ru, namespace: namespace as never, timeZone: "Asia/Almaty" }),
  getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Asia/Almaty" }),
  getLocale: async () => "ru",
}));
vi.mock("next/link", () => ({
  default: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

async function render(node: ReactNode): Promise<string> {
  const { renderToReadableStream } = await import("react-dom/server");
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return (await new Response(stream).text()).replace(/<!-- -->/g, "").replace(/[\u00a0\u202f]/g, " ");
}

const row = (data: Partial<HistoryRow> & Pick<HistoryRow, "id" | "observedAt" | "existence">): HistoryRow => ({
  observedAtPrecision: "DAY",
  visibility: null,
  attribution: null,
  hasAvatar: null,
  verifiedBadge: null,
  followers: null,
  following: null,
  friends: null,
  posts: null,
  lastPostAt: null,
  lastPostAtPrecision: "DAY",
  contentKinds: [],
  languages: [],
  commentsOpen: null,
  replies: null,
  liveStreams: null,
  personalStories: null,
  likesLevel: null,
  reach: null,
  evidence: [],
  ...data,
});

const o2 = row({
  id: "o2",
  observedAt: new Date("2024-10-02T07:00:00Z"),
  existence: "FOUND",
  visibility: "CLOSED",
  followers: 900,
  reach: { value: 900, approximate: false, measure: "followers" },
  evidence: [{ id: "e1", caption: "профиль" }],
});
const o1 = row({
  id: "o1",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "MONTH",
  existence: "FOUND",
  visibility: "PUBLIC",
  lastPostAt: new Date("2021-12-31T00:00:00Z"),
  lastPostAtPrecision: "YEAR",
  followers: 506,
  reach: { value: 506, approximate: true, measure: "followers" },
});
const instagram = { key: "insta", platform: "INSTAGRAM", account: { id: "insta", kind: "PERSONAL_PROFILE", label: null, handle: "mustafin" } } as const;

const subjects: HistorySubjectView[] = [
  { ...instagram, observations: [o2, o1], previous: null },
  {
    key: "search-TIKTOK",
    platform: "TIKTOK",
    account: null,
    observations: [row({ id: "o3", observedAt: new Date("2024-08-28T07:00:00Z"), existence: "NOT_FOUND" })],
    previous: null,
  },
];

/** The chart reads the whole history, not the page: its points come apart from the rows. */
const reach: ReachSeriesView[] = [
  {
    account: { platform: "INSTAGRAM", label: null, handle: "mustafin" },
    measure: "followers",
    points: [
      { observedAt: o1.observedAt, value: 506, approximate: true },
      { observedAt: o2.observedAt, value: 900, approximate: false },
    ],
  },
];

const onePage = (shown: HistorySubjectView[], total = 3): HistoryPageView => ({ subjects: shown, total, page: 1, pageCount: 1, pageSize: 50 });
const none = { submitted: 0, changesRequested: 0 };
const common = { requestedPage: 1, reach, pending: none, reviewHref: null, locale: "ru", path: "/officials/x", search: {} };

describe("OfficialObservations", () => {
  it("shows each observation with what changed since the one before, linked to its page and its screenshots", async () => {
    const html = await render(<OfficialObservations {...common} history={onePage(subjects)} />);
    // A look known only to the month, a last post only to the year: each with the dates' own mark, not the counts' ≈.
    expect(html).toContain(`<a href="/observations/o1" class="text-blue-800 hover:underline dark:text-blue-300">~авг. 2024 г.</a>`);
    expect(html).toContain(`<span class="sr-only"> (известен только месяц)</span>`);
    expect(html).toContain(`~2021<span class="sr-only"> (известен только год)</span>`);
    expect(html).not.toContain("≈ 2021");
    expect(html).toContain("≈ 506 подписчиков");
    expect(html).toContain("Видимость: Открытый → Закрытый (только подписчикам)");
    expect(html).toContain("Подписчики: 506 → 900");
    expect(html).toContain("Аккаунт был открыт, теперь закрыт.");
    expect(html).toMatch(/<a href="\/observations\/o2"[^>]*><img src="\/api\/evidence\/e1\?size=thumb"/);
    expect(html).not.toContain("Ещё не опубликовано");
  });

  it("shows a search that found nothing as such, never as zero, and keeps it off the chart", async () => {
    const html = await render(<OfficialObservations {...common} history={onePage(subjects)} />);
    expect(html).toContain("TikTok: поиски, не нашедшие аккаунта");
    expect(html).toContain("Искали, не нашли");
    expect(html).not.toMatch(/>0 подписчиков|TikTok[^<]*— подписчики/);
    expect(html).toContain("Instagram · mustafin — подписчики");
  });

  it("counts unpublished entries in one line, with the way to the review queue for editors", async () => {
    const html = await render(
      <OfficialObservations {...common} history={onePage([], 0)} reach={[]} pending={{ submitted: 2, changesRequested: 1 }} reviewHref="/review" />,
    );
    expect(html).toContain("Ещё не опубликовано: 2 наблюдения на проверке, 1 возвращено на доработку.");
    expect(html).toContain(`<a href="/review"`);
    expect(html).toContain("Опубликованных наблюдений этого чиновника пока нет.");
  });

  it("says how many observations there are, with no pager when they fit on one page", async () => {
    const html = await render(<OfficialObservations {...common} history={onePage(subjects)} />);
    expect(html).toContain("Всего 3 опубликованных наблюдения.");
    expect(html).not.toContain("<nav");
  });

  it("shows which observations of how many a page holds, and links to the newer and older pages keeping the address", async () => {
    const page = { subjects: [{ ...instagram, observations: [o2], previous: null }], total: 120, page: 2, pageCount: 3, pageSize: 50 };
    const html = await render(
      <OfficialObservations {...common} history={page} requestedPage={2} search={{ asOf: "2024-08-31", page: "2", notice: "saved" }} />,
    );
    expect(html).toContain(`<p id="observation-list" class="scroll-mt-4 text-sm font-semibold">Наблюдения 51–100 из 120, новые сверху.</p>`);
    expect(html).toContain(`<nav aria-label="Страницы истории наблюдений"`);
    expect(html).toContain("Страница 2 из 3");
    expect(html).toMatch(/<a href="\/officials\/x\?asOf=2024-08-31#observation-list" rel="prev"[^>]*>.*Более новые<\/a>/);
    expect(html).toMatch(/<a href="\/officials\/x\?asOf=2024-08-31&amp;page=3#observation-list" rel="next"[^>]*>Более ранние/);
    expect(html).toMatch(/<span aria-current="page"[^>]*><span class="sr-only">Страница 2<\/span>/);
    expect(html).toContain(`<a href="/officials/x?asOf=2024-08-31&amp;page=3#observation-list" aria-label="Страница 3"`);
    expect(html).not.toContain("notice=");
  });

  it("compares a page's oldest row with the one before it on the next page, which it does not show", async () => {
    const page = { subjects: [{ ...instagram, observations: [o2], previous: o1 }], total: 60, page: 1, pageCount: 2, pageSize: 50 };
    const html = await render(<OfficialObservations {...common} history={page} />);
    expect(html).toContain("Подписчики: 506 → 900");
    expect(html).not.toContain("первое наблюдение");
    expect(html).not.toContain(`href="/observations/o1"`);
    // The chart still draws the whole history: the older point is in its data table.
    expect(html).toContain("≈ 506");
  });

  it("says so when the page asked for is past the last, and shows the last", async () => {
    const page = { subjects: [{ ...instagram, observations: [o1], previous: null }], total: 120, page: 3, pageCount: 3, pageSize: 50 };
    const html = await render(<OfficialObservations {...common} history={page} requestedPage={9} />);
    expect(html).toContain("Страницы 9 нет: в истории 3 страницы. Показана последняя.");
    expect(html).toContain("Наблюдения 101–120 из 120, новые сверху.");
    expect(html).not.toContain(`rel="next"`);
  });
});

describe("pageWindow", () => {
  it("offers the first, the last and the pages around the current one, marking longer gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, "gap", 4, 5, 6, "gap", 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, "gap", 10]);
    expect(pageWindow(10, 10)).toEqual([1, "gap", 9, 10]);
  });
});
