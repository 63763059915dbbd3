import { createFormatter, createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import type { ComparisonCell } from "@/lib/domain/comparison";
import { loadMessages } from "@/lib/i18n/load-messages";
import { ComparisonCellView } from "./comparison-cell";

// The cell reads its messages in the language it is given (the embed's, not the cookie's), as next-intl would.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "ru" | "kk" | "en"; namespace: string }) =>
    createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never, timeZone: "Asia/Almaty" }),
  getFormatter: async ({ locale }: { locale: string }) => createFormatter({ locale, timeZone: "Asia/Almaty" }),
}));

async function render(cells: ComparisonCell[], locale: string): Promise<string> {
  const { renderToReadableStream } = await import("react-dom/server");
  const stream = await renderToReadableStream(await ComparisonCellView({ cells, locale }));
  await stream.allReady;
  const markup = (await new Response(stream).text()).replace(/<!-- -->/g, "").replace(/[\u00a0\u202f]/g, " ");
  return markup.replace(/<[^>]+>/g, " | ").replace(/( \| )+/g, " | ");
}

const cell = (overrides: Partial<ComparisonCell>): ComparisonCell => ({
  accountId: "a",
  accountLabel: null,
  handle: null,
  url: null,
  kind: "PERSONAL_PROFILE",
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: null,
  reach: { value: 531, approximate: false, measure: "followers" },
  lastPostAt: new Date("2024-08-20T00:00:00Z"),
  lastPostAtPrecision: "DAY",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "DAY",
  activity: "ACTIVE",
  seenEarlier: [],
  stale: false,
  ...overrides,
});

const reach = (value: number, measure: "followers" | "friends", approximate = false) => cell({ reach: { value, approximate, measure } });

describe("the dashboard's cell", () => {
  it("puts the noun after a count in the form Russian plural rules give it", async () => {
    expect(await render([reach(531, "followers")], "ru")).toContain("531 подписчик |");
    expect(await render([reach(2, "followers")], "ru")).toContain("2 подписчика |");
    expect(await render([reach(5, "followers")], "ru")).toContain("5 подписчиков |");
    expect(await render([reach(11, "followers")], "ru")).toContain("11 подписчиков |");
    // Chosen by the number, shown as formatted: a rounded 2 600 is "many".
    expect(await render([reach(2600, "followers", true)], "ru")).toContain("≈ 2 600 подписчиков |");
    expect(await render([reach(21, "friends")], "ru")).toContain("21 друг |");
    expect(await render([reach(3, "friends")], "ru")).toContain("3 друга |");
    expect(await render([reach(5000, "friends")], "ru")).toContain("5 000 друзей |");
  });

  it("keeps Kazakh's one form after a numeral and English's two", async () => {
    expect(await render([reach(531, "followers")], "kk")).toContain("531 жазылушы |");
    expect(await render([reach(2, "friends")], "kk")).toContain("2 дос |");
    expect(await render([reach(1, "followers")], "en")).toContain("1 follower |");
    expect(await render([reach(2600, "followers", true)], "en")).toContain("≈ 2,600 followers |");
  });

  it("says a closed account is closed once, not again as its activity", async () => {
    const closed = cell({ visibility: "CLOSED", activity: "CLOSED", lastPostAt: null });
    const ru = await render([closed], "ru");
    expect(ru.match(/закрыт/g)).toHaveLength(1);
    expect((await render([closed], "kk")).match(/жабық/g)).toHaveLength(1);
    // An open account still shows its activity.
    expect(await render([cell({})], "ru")).toContain("активен");
  });
});
