import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAkimat, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { searchOfficials, searchTerms } from "./search-officials";

withTestDatabase();

let reporter: Viewer;
const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
const namesFound = async (query?: string) => {
  const result = await searchOfficials({ viewer: reporter, query });
  return [...result.groups.flatMap((group) => group.officials.map((o) => o.fullName)), ...result.withoutPost.map((o) => o.fullName)];
};

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  const sko = await createAkimat(db, { slug: "sko", name: "Акимат Северо-Казахстанской области", level: "REGION" });
  const city = await createAkimat(db, { slug: "petropavlovsk", name: "Акимат города Петропавловска", level: "CITY", parentId: sko.id });
  const nura = await createAkimat(db, { slug: "astana-nura", name: "Акимат района «Нура» города Астаны", level: "DISTRICT" });
  const zhumagulov = await createOfficial(db, {
    fullName: "Жусуп Жумагулов",
    fullNameLatin: "Zhusup Zhumagulov",
    akimatId: sko.id,
    position: { title: "DEPUTY_AKIM" },
  });
  await db.position.create({ data: { officialId: zhumagulov.id, akimatId: nura.id, title: "AKIM", endedOn: new Date("2024-08-01") } });
  await createOfficial(db, { fullName: "Гауез Нурмухамбетов", fullNameLatin: "Gauez Nurmukhambetov", akimatId: sko.id, position: { title: "AKIM" } });
  await createOfficial(db, {
    fullName: "Марат Тасмаганбетов",
    fullNameLatin: "Marat Tasmaganbetov",
    akimatId: sko.id,
    position: { title: "FIRST_DEPUTY_AKIM" },
  });
  await createOfficial(db, { fullName: "Серик Мухамедиев", fullNameLatin: "Serik Mukhamediyev", akimatId: city.id, position: { title: "AKIM" } });
  await createOfficial(db, { fullName: "Бірлік Қасымов", fullNameLatin: "Birlik Kasymov" });
  // Written before Latin names were made automatically: only the Cyrillic name can find him.
  await createOfficial(db, { fullName: "Рустем Курманов", fullNameLatin: null, akimatId: sko.id, position: { title: "DEPUTY_AKIM" } });
});

describe("searching officials", () => {
  it("finds a Cyrillic name whatever its case", async () => {
    expect(await namesFound("жумагулов")).toEqual(["Жусуп Жумагулов"]);
    expect(await namesFound("ЖУМАГУЛОВ")).toEqual(["Жусуп Жумагулов"]);
    expect(await namesFound("бірлік")).toEqual(["Бірлік Қасымов"]);
    expect(await namesFound("ҚАСЫМОВ")).toEqual(["Бірлік Қасымов"]);
    expect(await namesFound("курманов")).toEqual(["Рустем Курманов"]);
    expect(await namesFound("РуСтЕм")).toEqual(["Рустем Курманов"]);
  });

  it("finds a name typed in Latin letters, through the Latin name", async () => {
    expect(await namesFound("Zhumagulov")).toEqual(["Жусуп Жумагулов"]);
    expect(await namesFound("nurmukhambetov")).toEqual(["Гауез Нурмухамбетов"]);
    expect(await namesFound("KASYM")).toEqual(["Бірлік Қасымов"]);
  });

  it("finds the Russian spelling from the Kazakh one, through the query's transliteration", async () => {
    expect(await namesFound("Жұмағұлов")).toEqual(["Жусуп Жумагулов"]);
    expect(await namesFound("Касымов")).toEqual(["Бірлік Қасымов"]);
  });

  it("needs every word to match, in any order", async () => {
    expect(await namesFound("жумагулов жусуп")).toEqual(["Жусуп Жумагулов"]);
    expect(await namesFound("жумагулов марат")).toEqual([]);
    expect(await namesFound("бетов")).toEqual(["Гауез Нурмухамбетов", "Марат Тасмаганбетов"]);
  });

  it("groups officials by the akimat of their current post, regions first, in order of rank", async () => {
    const result = await searchOfficials({ viewer: reporter });
    expect(result.groups.map((group) => [group.akimat.name, group.officials.map((o) => o.fullName)])).toEqual([
      ["Акимат Северо-Казахстанской области", ["Гауез Нурмухамбетов", "Марат Тасмаганбетов", "Жусуп Жумагулов", "Рустем Курманов"]],
      ["Акимат города Петропавловска", ["Серик Мухамедиев"]],
    ]);
    // A past post does not place anyone; an official without a current post is still listed.
    expect(result.withoutPost.map((o) => o.fullName)).toEqual(["Бірлік Қасымов"]);
    expect(result).toMatchObject({ total: 6, truncated: false });
  });

  it("splits the query into a few words", () => {
    expect(searchTerms("  Жусуп   Жумагулов ")).toEqual(["Жусуп", "Жумагулов"]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms("a b c d e f g")).toHaveLength(5);
  });
});
