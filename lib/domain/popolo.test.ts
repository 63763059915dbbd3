import { describe, expect, it } from "vitest";
import { russianTitle, toPopolo, type PopoloSource } from "./popolo";

const source: PopoloSource<{ count: number }, { id: string }> = {
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
      ],
    },
    {
      id: "ms",
      name: "Ержан Мустафин",
      nameLatin: null,
      positions: [{ id: "p2", akimat: { id: "pp" }, title: "DEPUTY_AKIM", portfolio: "строительство", startedOn: null, endedOn: null }],
      accounts: [],
    },
  ],
  observations: [{ id: "o1" }],
};

describe("toPopolo", () => {
  const doc = toPopolo(source);

  it("makes officials persons, with the Latin name as another name and accounts as links and contact details", () => {
    expect(doc.persons[0]).toEqual({
      id: "zh",
      name: "Жусуп Жумагулов",
      other_names: [{ name: "Zhusup Zhumagulov", note: "Latin transliteration" }],
      contact_details: [{ type: "instagram", label: "Instagram, personal profile", value: "zhumagulov" }],
      links: [{ url: "https://instagram.com/zhumagulov", note: "Instagram, personal profile" }],
    });
    expect(doc.persons[1]).toMatchObject({ other_names: [], contact_details: [], links: [] });
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

  it("makes dated posts memberships, the role in Russian beside a machine key", () => {
    expect(doc.memberships).toEqual([
      {
        id: "p1",
        person_id: "zh",
        organization_id: "sko",
        role: "Заместитель акима",
        label: "Заместитель акима",
        start_date: "2024-07-01",
        end_date: null,
        x_ashyq_title: "DEPUTY_AKIM",
        x_ashyq_portfolio: null,
      },
      {
        id: "p0",
        person_id: "zh",
        organization_id: "nura",
        role: "Аким",
        label: "Аким",
        start_date: null,
        end_date: "2023-01-01",
        x_ashyq_title: "AKIM",
        x_ashyq_portfolio: null,
      },
      {
        id: "p2",
        person_id: "ms",
        organization_id: "pp",
        role: "Заместитель акима",
        label: "Заместитель акима (строительство)",
        start_date: null,
        end_date: null,
        x_ashyq_title: "DEPUTY_AKIM",
        x_ashyq_portfolio: "строительство",
      },
    ]);
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
    ]);
    expect(doc.persons[0]!.links).toHaveLength(1);
    expect(doc.meta).toEqual({ count: 1 });
    expect(doc.x_ashyq_observations).toEqual([{ id: "o1" }]);
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
