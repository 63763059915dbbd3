import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createFormatter, createTranslator } from "use-intl/core";
import ru from "@/lib/i18n/messages/ru";
import { OfficialObservations } from "./official-observations";
import type { HistoryRow, HistorySubjectView } from "./subject-history";

// Server components read their messages through next-intl's request config; here, straight from the Russian files.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "ru", messages: ru, namespace: namespace as never, timeZone: "Asia/Almaty" }),
  getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Asia/Almaty" }),
  getLocale: async () => "ru",
}));
vi.mock("next/link", () => ({ default: ({ href, children, ...rest }: { href: string; children: ReactNode }) => <a href={href} {...rest}>{children}</a> }));

async function render(node: ReactNode): Promise<string> {
  const { renderToReadableStream } = await import("react-dom/server");
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return (await new Response(stream).text()).replace(/<!-- -->/g, "").replace(/[\u00a0\u202f]/g, " ");
}

const row = (data: Partial<HistoryRow> & Pick<HistoryRow, "id" | "observedAt" | "existence">): HistoryRow => ({
  observedAtApproximate: false,
  visibility: null,
  attribution: null,
  hasAvatar: null,
  verifiedBadge: null,
  followers: null,
  following: null,
  friends: null,
  posts: null,
  lastPostAt: null,
  lastPostAtApproximate: false,
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

const subjects: HistorySubjectView[] = [
  {
    key: "insta",
    platform: "INSTAGRAM",
    account: { id: "insta", kind: "PERSONAL_PROFILE", label: null, handle: "mustafin" },
    observations: [
      row({ id: "o2", observedAt: new Date("2024-10-02T07:00:00Z"), existence: "FOUND", visibility: "CLOSED", followers: 900, reach: { value: 900, approximate: false, measure: "followers" }, evidence: [{ id: "e1", caption: "профиль" }] }),
      row({ id: "o1", observedAt: new Date("2024-08-28T07:00:00Z"), observedAtApproximate: true, existence: "FOUND", visibility: "PUBLIC", followers: 506, reach: { value: 506, approximate: true, measure: "followers" } }),
    ],
  },
  { key: "search-TIKTOK", platform: "TIKTOK", account: null, observations: [row({ id: "o3", observedAt: new Date("2024-08-28T07:00:00Z"), existence: "NOT_FOUND" })] },
];

describe("OfficialObservations", () => {
  it("shows each observation with what changed since the one before, linked to its page and its screenshots", async () => {
    const html = await render(<OfficialObservations subjects={subjects} pending={{ submitted: 0, changesRequested: 0 }} reviewHref={null} locale="ru" />);
    expect(html).toContain(`<a href="/observations/o1" class="text-blue-800 hover:underline dark:text-blue-300">≈ 28 авг. 2024 г.</a>`);
    expect(html).toContain("≈ 506 подписчиков");
    expect(html).toContain("Видимость: Открытый → Закрытый (только подписчикам)");
    expect(html).toContain("Подписчики: 506 → 900");
    expect(html).toContain("Аккаунт был открыт, теперь закрыт.");
    expect(html).toMatch(/<a href="\/observations\/o2"[^>]*><img src="\/api\/evidence\/e1\?size=thumb"/);
    expect(html).not.toContain("Ещё не опубликовано");
  });

  it("shows a search that found nothing as such, never as zero, and keeps it off the chart", async () => {
    const html = await render(<OfficialObservations subjects={subjects} pending={{ submitted: 0, changesRequested: 0 }} reviewHref={null} locale="ru" />);
    expect(html).toContain("TikTok: поиски, не нашедшие аккаунта");
    expect(html).toContain("Искали, не нашли");
    expect(html).not.toMatch(/>0 подписчиков|TikTok[^<]*— подписчики/);
    expect(html).toContain("Instagram · mustafin — подписчики");
  });

  it("counts unpublished entries in one line, with the way to the review queue for editors", async () => {
    const html = await render(<OfficialObservations subjects={[]} pending={{ submitted: 2, changesRequested: 1 }} reviewHref="/review" locale="ru" />);
    expect(html).toContain("Ещё не опубликовано: 2 наблюдения на проверке, 1 возвращено на доработку.");
    expect(html).toContain(`<a href="/review"`);
    expect(html).toContain("Опубликованных наблюдений этого чиновника пока нет.");
  });
});
