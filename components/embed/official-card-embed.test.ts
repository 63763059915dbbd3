import { describe, expect, it } from "vitest";
import type { ComparisonCell, OfficialCard } from "@/lib/domain/comparison";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { publicTranslators } from "@/lib/i18n/public-translators";
import { officialCardEmbedBody } from "./official-card-embed";

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
  lastPostAt: null,
  lastPostAtPrecision: "DAY",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "DAY",
  activity: "UNKNOWN",
  seenEarlier: [],
  stale: false,
  ...overrides,
});

const card = (cells: OfficialCard["cells"]): OfficialCard => ({
  id: "zh",
  fullName: "Жусуп Жумагулов",
  fullNameLatin: null,
  positions: [],
  asOf: new Date("2024-08-31T18:59:59.999Z"),
  platforms: Object.keys(cells) as OfficialCard["platforms"],
  cells,
  openness: null,
});

async function render(official: OfficialCard, locale: Locale, pinned = true): Promise<string> {
  const t = await publicTranslators(locale);
  const context = {
    t,
    locale,
    formatDate: (date: Parameters<typeof formatPartialDate>[0]) => formatPartialDate(date, INTL_LOCALE[locale]),
    formatAsOf: (date: Date) => date.toISOString().slice(0, 10),
    outlet: "Outlet",
  };
  return String(officialCardEmbedBody({ card: official, locale, pinned, context, methodologyHref: "/methodology" })).replace(/[\u00a0\u202f]/g, " ");
}

describe("an official's card", () => {
  it("says a closed account is closed once: the activity line does not repeat it", async () => {
    const closed = card({ INSTAGRAM: [cell({ visibility: "CLOSED", activity: "CLOSED" })] });
    expect((await render(closed, "ru")).match(/закрыт/g)).toHaveLength(1);
    expect((await render(closed, "kk")).match(/жабық/g)).toHaveLength(1);
    expect((await render(closed, "en")).match(/closed/gi)).toHaveLength(1);
  });

  it("says 'not found' once, and still gives the activity of an open account", async () => {
    const html = await render(
      card({ FACEBOOK: [cell({ existence: "NOT_FOUND", activity: "NOT_FOUND", reach: null, visibility: null })], INSTAGRAM: [cell({ activity: "ACTIVE" })] }),
      "ru",
    );
    expect(html.match(/не найден/g)).toHaveLength(1);
    expect(html).toContain("Активность: активен");
    expect(html).toContain("531 подписчик<");
  });

  it("states whether it is pinned to a day or live, in each language (issue 17, part 5)", async () => {
    const official = card({ INSTAGRAM: [cell({})] });
    expect(await render(official, "en")).toContain("Outlet · data as of 2024-08-31<");
    expect(await render(official, "ru")).toContain("Outlet · данные на 2024-08-31<");
    expect(await render(official, "kk")).toContain("Outlet · деректер 2024-08-31 жағдай бойынша<");
    expect(await render(official, "en", false)).toContain("Outlet · live: the latest published data, updated 2024-08-31<");
    expect(await render(official, "ru", false)).toContain("Outlet · в реальном времени: последние опубликованные данные, обновлено 2024-08-31<");
    expect(await render(official, "kk", false)).toContain("Outlet · тікелей: соңғы жарияланған деректер, 2024-08-31 жаңартылды<");
  });
});
