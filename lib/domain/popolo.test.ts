import { describe, expect, it } from "vitest";
import { lastDayHeld, russianTitle, toPopolo, type PopoloObservationSource, type PopoloSource } from "./popolo";
import { popoloErrors, referenceErrors } from "./popolo-schemas.cases";

type Observation = PopoloObservationSource & { id: string };
const observation = (id: string, observedAt: string, sourceUrls: string[], more: Partial<Observation> = {}): Observation => ({
  id,
  official: { id: "zh" },
  platform: "INSTAGRAM",
  account: { id: "a1" },
  observedAt,
  sourceUrls,
  ...more,
});

const source: PopoloSource<{ count: number }, Observation> = {
  meta: { count: 1 },
  akimats: [
    {
      id: "sko",
      slug: "sko",
      name: "Акимат Северо-Казахстанской области",
      nameKk: "Солтүстік Қазақстан облысының әкімдігі",
      nameEn: null,
      level: "REGION",
      parentId: null,
      endedOn: null,
    },
    {
      id: "pp",
      slug: "petropavlovsk",
      name: "Акимат города Петропавловска",
      nameKk: null,
      nameEn: "Petropavlovsk city akimat",
      level: "CITY",
      parentId: "sko",
      endedOn: null,
    },
    { id: "nura", slug: "nura", name: "Акимат района Нура", nameKk: null, nameEn: null, level: "DISTRICT", parentId: null, endedOn: "2023-01-01" },
  ],
  officials: [
    {
      id: "zh",
      name: "Жусуп Жумагулов",
      nameLatin: "Zhusup Zhumagulov",
      positions: [
        { id: "p1", akimat: { id: "sko" }, title: "DEPUTY_AKIM", portfolio: null, startedOn: "2024-07-01", endedOn: null },
        { id: "p0", akimat: { id: "nura" }, title: "AKIM", portfolio: null, startedOn: null, endedOn: "2023-01-01" },
      ],
      accounts: [
        { id: "a1", platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: "zhumagulov", url: "https://instagram.com/zhumagulov", label: null },
        { id: "a2", platform: "FACEBOOK", kind: "PAGE", handle: null, url: null, label: "Страница 2" },
        { id: "a3", platform: "X", kind: "PERSONAL_PROFILE", handle: "@zhumagulov_zh", url: null, label: null },
        { id: "a4", platform: "OTHER", kind: "OTHER", handle: "zhumagulov", url: "https://ok.ru/zhumagulov", label: null },
      ],
    },
    {
      id: "ms",
      name: "Ержан Мустафин",
      nameLatin: null,
      positions: [
        { id: "p2", akimat: { id: "pp" }, title: "DEPUTY_AKIM", portfolio: "строительство", startedOn: null, endedOn: null },
        // The seat Zhumagulov took on the day after it, with a portfolio typed once with capitals and spaces.
        { id: "p3", akimat: { id: "sko" }, title: "DEPUTY_AKIM", portfolio: null, startedOn: "2020-03-02", endedOn: "2024-07-01" },
        { id: "p4", akimat: { id: "pp" }, title: "DEPUTY_AKIM", portfolio: " Строительство ", startedOn: "2019-01-01", endedOn: "2020-01-01" },
      ],
      accounts: [],
    },
  ],
  observations: [
    observation("o1", "2024-08-28T07:00:00.000Z", ["https://archive.org/a", "https://instagram.com/p/1"]),
    // A later look at the same account: its evidence stands for the account, the earlier one's no longer.
    observation("o2", "2024-09-30T07:00:00.000Z", ["https://archive.org/b", "https://archive.org/b"]),
    observation("o3", "2024-08", [], { platform: "TELEGRAM", account: null, official: { id: "ms" } }),
    observation("o4", "2024-08-28T08:00:00.000Z", ["https://archive.org/tg"], { platform: "TELEGRAM", account: null }),
  ],
};

describe("toPopolo", () => {
  const doc = toPopolo(source);

  it("keeps the rules of Popolo's JSON Schemas, and every id it points to is in the document", () => {
    expect(popoloErrors(doc)).toEqual([]);
    expect(referenceErrors(doc)).toEqual([]);
  });

  it("would catch a broken document: the validator is not a rubber stamp", () => {
    const broken = {
      ...doc,
      persons: [{ ...doc.persons[0]!, links: [{ url: "instagram.com/x", note: null }], contact_details: [{ type: "vk" }] }],
      memberships: [{ ...doc.memberships[0]!, end_date: "31.12.2022", post_id: "nowhere" }],
    };
    expect(popoloErrors(broken)).toEqual([
      "persons[0].contact_details[0].value: required",
      'persons[0].links[0].url: "instagram.com/x" is not a URI',
      'memberships[0].end_date: "31.12.2022" does not match /^[0-9]{4}(-[0-9]{2}){0,2}$/',
    ]);
    expect(referenceErrors(broken)).toContain("memberships[0].post_id: no such post");
  });

  it("makes officials persons: the Latin name as another name, handles as contact details by service, addresses as links", () => {
    expect(doc.persons[0]).toEqual({
      id: "zh",
      name: "Жусуп Жумагулов",
      other_names: [{ name: "Zhusup Zhumagulov", note: "Latin transliteration" }],
      contact_details: [
        { type: "instagram", label: "Instagram, personal profile", value: "zhumagulov" },
        // X is "twitter" to Popolo's tools, and a handle is written without its "@"; a handle on an unnamed platform is not a contact.
        { type: "twitter", label: "X, personal profile", value: "zhumagulov_zh" },
      ],
      links: [
        { url: "https://instagram.com/zhumagulov", note: "Instagram, personal profile" },
        { url: "https://ok.ru/zhumagulov", note: "Other platform, other" },
      ],
      sources: [
        { url: "https://archive.org/b", note: "Evidence for the Instagram account, observed 2024-09-30" },
        { url: "https://archive.org/tg", note: "Evidence for the search on Telegram that found no account, observed 2024-08-28" },
      ],
    });
    expect(doc.persons[1]).toMatchObject({ other_names: [], contact_details: [], links: [], sources: [] });
  });

  it("makes akimats organizations classified by level, under their parent, with other-language names", () => {
    expect(doc.organizations.map((o) => [o.id, o.classification, o.parent_id, o.dissolution_date])).toEqual([
      ["sko", "region", null, null],
      ["pp", "city", "sko", null],
      ["nura", "district", null, "2023-01-01"],
    ]);
    expect(doc.organizations[0]!.other_names).toEqual([{ name: "Солтүстік Қазақстан облысының әкімдігі", note: "Kazakh" }]);
    expect(doc.organizations[1]!.other_names).toEqual([{ name: "Petropavlovsk city akimat", note: "English" }]);
    expect(doc.organizations[1]!.identifiers).toEqual([{ identifier: "petropavlovsk", scheme: "ashyq-slug" }]);
  });

  it("makes each seat a post, which successive holders share, in the akimats' order and by rank", () => {
    expect(doc.posts).toEqual([
      {
        id: "sko/deputy_akim",
        organization_id: "sko",
        role: "Заместитель акима",
        label: "Заместитель акима",
        x_ashyq_title: "DEPUTY_AKIM",
        x_ashyq_portfolio: null,
      },
      {
        id: expect.stringMatching(/^pp\/deputy_akim\/[0-9a-f]{8}$/),
        organization_id: "pp",
        role: "Заместитель акима",
        label: "Заместитель акима (строительство)",
        x_ashyq_title: "DEPUTY_AKIM",
        x_ashyq_portfolio: "строительство",
      },
      {
        id: "nura/akim",
        organization_id: "nura",
        role: "Аким",
        label: "Аким",
        x_ashyq_title: "AKIM",
        x_ashyq_portfolio: null,
      },
    ]);
  });

  it("makes dated spells in a post memberships pointing to it, ending on the last day held", () => {
    const [deputy, construction] = [doc.posts[0]!.id, doc.posts[1]!.id];
    expect(doc.memberships.map((m) => [m.id, m.person_id, m.organization_id, m.post_id, m.start_date, m.end_date])).toEqual([
      ["p1", "zh", "sko", deputy, "2024-07-01", null],
      // Held up to the day before the registry's endedOn: Nura's akimat was abolished on 1 January 2023.
      ["p0", "zh", "nura", "nura/akim", null, "2022-12-31"],
      ["p2", "ms", "pp", construction, null, null],
      ["p3", "ms", "sko", deputy, "2020-03-02", "2024-06-30"],
      ["p4", "ms", "pp", construction, "2019-01-01", "2019-12-31"],
    ]);
    expect(doc.memberships[2]).toEqual({
      id: "p2",
      person_id: "ms",
      organization_id: "pp",
      post_id: construction,
      role: "Заместитель акима",
      label: "Заместитель акима (строительство)",
      start_date: null,
      end_date: null,
      x_ashyq_title: "DEPUTY_AKIM",
      x_ashyq_portfolio: "строительство",
    });
  });

  it("lists every account with its person in the extension, and passes meta and observations through", () => {
    expect(doc.x_ashyq_accounts).toEqual([
      {
        id: "a1",
        person_id: "zh",
        platform: "INSTAGRAM",
        kind: "PERSONAL_PROFILE",
        handle: "zhumagulov",
        url: "https://instagram.com/zhumagulov",
        label: null,
      },
      { id: "a2", person_id: "zh", platform: "FACEBOOK", kind: "PAGE", handle: null, url: null, label: "Страница 2" },
      { id: "a3", person_id: "zh", platform: "X", kind: "PERSONAL_PROFILE", handle: "@zhumagulov_zh", url: null, label: null },
      { id: "a4", person_id: "zh", platform: "OTHER", kind: "OTHER", handle: "zhumagulov", url: "https://ok.ru/zhumagulov", label: null },
    ]);
    expect(doc.meta).toEqual({ count: 1 });
    expect(doc.x_ashyq_observations.map((o) => o.id)).toEqual(["o1", "o2", "o3", "o4"]);
  });

  it("carries nothing beyond the named fields of an account", () => {
    const richer = { ...source, officials: [{ ...source.officials[0]!, accounts: [{ ...source.officials[0]!.accounts[0]!, createdById: "secret" }] }] };
    expect(JSON.stringify(toPopolo(richer))).not.toContain("secret");
  });
});

describe("russianTitle", () => {
  it("names every title in Russian", () => {
    expect(russianTitle("FIRST_DEPUTY_AKIM")).toBe("Первый заместитель акима");
    expect(russianTitle("CHIEF_OF_STAFF")).toBe("Руководитель аппарата акима");
  });
});

describe("lastDayHeld", () => {
  it("is the day before the first day not held, across months, years and a leap day", () => {
    expect(lastDayHeld("2024-07-01")).toBe("2024-06-30");
    expect(lastDayHeld("2023-01-01")).toBe("2022-12-31");
    expect(lastDayHeld("2024-03-01")).toBe("2024-02-29");
  });
});
