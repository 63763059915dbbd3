import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createOfficial } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { chooseSubjectScope } from "./choose-subject-scope";
import { listSubjectsOf } from "./list-observation-subjects";

withTestDatabase();

let region: { id: string };
let city: { id: string };
let regionAkim: { id: string };
let cityDeputy: { id: string };

beforeAll(async () => {
  region = await createAkimat(db, { slug: "sko", name: "Акимат СКО", level: "REGION" });
  city = await createAkimat(db, { slug: "petropavlovsk", name: "Акимат Петропавловска", level: "CITY", parentId: region.id });
  regionAkim = await createOfficial(db, { fullName: "Аким области", akimatId: region.id, position: { title: "AKIM" } });
  await createOfficial(db, { fullName: "Заместитель области", akimatId: region.id, position: { title: "DEPUTY_AKIM" } });
  cityDeputy = await createOfficial(db, { fullName: "Заместитель города", akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  await createAccount(db, { officialId: cityDeputy.id, platform: "INSTAGRAM" });
});

describe("which officials the observation form offers", () => {
  it("all of them while they are few", async () => {
    expect(await chooseSubjectScope({})).toEqual({ kind: "all" });
    const subjects = await listSubjectsOf({ kind: "all" });
    expect(subjects.flatMap((akimat) => akimat.officials.map((official) => official.fullName)).sort()).toEqual([
      "Аким области",
      "Заместитель города",
      "Заместитель области",
    ]);
  });

  describe("beyond the limit (here 2 posts)", () => {
    it("asks the reporter to choose an akimat first, saying how many officials each has", async () => {
      const scope = await chooseSubjectScope({ listWholeUpTo: 2 });
      expect(scope).toEqual({
        kind: "choose",
        akimats: [
          { id: region.id, name: "Акимат СКО", nameKk: null, nameEn: null, officials: 2 },
          { id: city.id, name: "Акимат Петропавловска", nameKk: null, nameEn: null, officials: 1 },
        ],
      });
      expect(await listSubjectsOf(scope)).toEqual([]);
    });

    it("lists the chosen akimat's officials only, with their accounts", async () => {
      const scope = await chooseSubjectScope({ akimatId: city.id, listWholeUpTo: 2 });
      expect(scope).toEqual({ kind: "akimats", akimatIds: [city.id] });
      const subjects = await listSubjectsOf(scope);
      expect(subjects.map((akimat) => akimat.name)).toEqual(["Акимат Петропавловска"]);
      expect(subjects[0]!.officials[0]!.accounts).toHaveLength(1);
    });

    it("lists the akimats of an official already known (a repeat, a link from a profile, an edit)", async () => {
      expect(await chooseSubjectScope({ officialId: regionAkim.id, akimatId: city.id, listWholeUpTo: 2 })).toEqual({ kind: "akimats", akimatIds: [region.id] });
    });

    it("ignores an unknown, malformed or ended akimat and asks again", async () => {
      const ended = await createAkimat(db, { slug: "old", name: "Упразднённый", level: "CITY", endedOn: new Date("2020-01-01") });
      for (const akimatId of ["nobody", "x\u0000y", ended.id]) {
        expect((await chooseSubjectScope({ akimatId, listWholeUpTo: 2 })).kind).toBe("choose");
      }
    });
  });
});
