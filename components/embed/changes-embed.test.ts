import { describe, expect, it } from "vitest";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { CHANGE_KINDS, type AkimatChangeSummary, type ChangeSide } from "@/lib/domain/wave-changes";
import type { ChangesEmbedAccount, ChangesEmbedView } from "@/lib/domain/wave-changes-embed";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { publicTranslators } from "@/lib/i18n/public-translators";
import { changesEmbedBody } from "./changes-embed";

const then = new Date("2024-08-28T07:00:00Z");
const side = (overrides: Partial<ChangeSide>): ChangeSide => ({
  observedAt: then,
  observedAtPrecision: "DAY",
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: "CONFIRMED",
  activity: "ACTIVE",
  reach: { value: 2600, approximate: true, measure: "followers" },
  carried: {},
  ...overrides,
});
const account = (overrides: Partial<ChangesEmbedAccount>): ChangesEmbedAccount => ({
  platform: "FACEBOOK",
  then: side({}),
  now: side({ observedAt: new Date("2026-08-20T07:00:00Z") }),
  changes: [],
  notRechecked: [],
  followerChange: null,
  registered: true,
  label: null,
  ...overrides,
});
const summary: AkimatChangeSummary = {
  officials: 10,
  surveyedThen: 10,
  surveyedNow: 10,
  noAccountThen: 2,
  noAccountNow: 3,
  medianThen: { FACEBOOK: { value: 1200.5, approximate: true, accounts: 8 } },
  medianNow: { FACEBOOK: null },
  counts: { ...(Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as AkimatChangeSummary["counts"]), GONE: 1 },
};
const akimat = { name: "Акимат СКО", nameKk: "СҚО әкімдігі", nameEn: "North Kazakhstan Region Akimat" };
const view = (overrides: Partial<ChangesEmbedView> = {}): ChangesEmbedView => ({
  from: { kind: "wave", name: "Август 2024", live: false },
  to: { kind: "date", day: "2026-12-06", live: true },
  asOf: new Date("2026-12-06T10:00:00Z"),
  platforms: ["INSTAGRAM", "FACEBOOK"],
  summaries: [{ akimat, summary }],
  listed: [
    {
      fullName: "Гауез Нурмухамбетов",
      title: "DEPUTY_AKIM",
      akimat,
      accounts: [
        // The later look kept the count without checking it: marked, and no change.
        account({ now: side({ carried: { followers: then } }), notRechecked: ["followers"] }),
        account({ platform: "INSTAGRAM", now: side({ existence: "NOT_FOUND", reach: null, visibility: null }), changes: ["GONE"] }),
      ],
    },
  ],
  moreChanged: 21,
  unchanged: 4,
  ...overrides,
});

async function render(shown: ChangesEmbedView, locale: Locale): Promise<string> {
  const context = {
    t: await publicTranslators(locale),
    locale,
    formatDate: (date: Parameters<typeof formatPartialDate>[0]) => formatPartialDate(date, INTL_LOCALE[locale]),
    formatAsOf: (date: Date) => date.toISOString().slice(0, 10),
    outlet: "Outlet",
    methodologyHref: `/methodology?lang=${locale}`,
  };
  return String(changesEmbedBody({ view: shown, chosenAkimats: false, context })).replace(/[\u00a0\u202f]/g, " ");
}

describe("the change embed's body", () => {
  it("marks what was not re-checked and what is approximate, and counts in words", async () => {
    const html = await render(view(), "en");
    expect(html).toContain('<small class="warn">carried, seen 28 Aug 2024</small>');
    expect(html).toContain('<small class="warn">not re-checked since then</small>');
    expect(html).toContain("“Not re-checked”: the later look kept an earlier value");
    expect(html).toContain("then ≈ 1,201, now none");
    expect(html).toContain("2 of 10</td>");
    expect(html).toContain("gone: 1");
    expect(html).toContain('<span class="bad">Searched, not found</span>');
    // A platform without a count on either side is no column.
    expect(html).not.toContain("Instagram: median followers");
  });

  it("says how many more changed and how many did not, in each language", async () => {
    expect(await render(view(), "en")).toContain("<p>21 more officials with a change are not listed here.</p><p>4 officials show no change");
    expect(await render(view(), "ru")).toContain("<p>Ещё 21 чиновник с изменениями здесь не показан.</p><p>У 4 чиновников изменений не видно");
    expect(await render(view(), "kk")).toContain("<p>Өзгерісі бар тағы 21 шенеунік мұнда көрсетілмеген.</p>");
  });

  it("says where each side stands: a closed wave fixed, today live", async () => {
    expect(await render(view(), "en")).toContain(
      "Outlet · then: survey wave “Август 2024”, closed: its figures do not change; now: live: the latest published data, updated 2026-12-06</p>",
    );
    const pinned = await render(view({ to: { kind: "date", day: "2026-08-31", live: false } }), "ru");
    expect(pinned).toContain("сейчас — данные на 2026-08-31</p>");
    expect(pinned).toContain("<h1>Что изменилось: «Август 2024» → 2026-08-31</h1>");
  });
});
