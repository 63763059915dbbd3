import { describe, expect, it } from "vitest";
import { blankCarriedFields, carriedForm, readCarriedForm, uncheckedFieldsOf } from "./carried-input";
import type { ObservationFormValues } from "./observation-input";

const SEEN = new Date("2024-08-10T07:00:00Z");
const published: ObservationFormValues = {
  existence: "FOUND",
  visibility: "PUBLIC",
  followers: "2,6 тыс.",
  contentKinds: "OFFICIAL_WORK,FAMILY",
  lastPostAt: "2021",
  lastPostUrl: "",
  replies: "",
};
const every = (date: Date) => Object.fromEntries(["visibility", "followers", "contentKinds", "lastPostAt", "replies"].map((field) => [field, date]));
const carried = JSON.stringify(carriedForm(published, every(SEEN)));
const sent = (changes: ObservationFormValues): ObservationFormValues => ({ ...published, carried, ...changes });

describe("what a repeat's form carried", () => {
  it("offers only fields that hold something, each with when it was seen", () => {
    const form = readCarriedForm(carried);
    expect(Object.keys(form).sort()).toEqual(["contentKinds", "followers", "lastPostAt", "visibility"]);
    expect(form.followers).toEqual({ values: { followers: "2,6 тыс." }, seenAt: SEEN.toISOString() });
  });

  it("reads a tampered or oversized hidden field as nothing carried, never a throw", () => {
    for (const text of [
      "",
      "{",
      "[]",
      "null",
      '{"followers":1}',
      '{"nope":{"values":{},"seenAt":"2024"}}',
      '{"followers":{"values":{},"seenAt":"x"}}',
      "x".repeat(30_000),
    ]) {
      expect(readCarriedForm(text)).toEqual({});
    }
  });
});

describe("which carried fields were not re-checked", () => {
  it("is every field sent back as filled and not ticked", () => {
    expect(uncheckedFieldsOf(sent({})).sort()).toEqual(["contentKinds", "followers", "lastPostAt", "visibility"]);
  });

  it("takes a changed field, a cleared one and a ticked one as recorded", () => {
    const unchecked = uncheckedFieldsOf(sent({ followers: "2,7 тыс.", visibility: "", seen: "lastPostAt" }));
    expect(unchecked).toEqual(["contentKinds"]);
  });

  it("reads checkbox groups in any order, and spaces around a value, as unchanged", () => {
    expect(uncheckedFieldsOf(sent({ contentKinds: "FAMILY,OFFICIAL_WORK", followers: " 2,6 тыс. " }))).toContain("contentKinds");
    expect(uncheckedFieldsOf(sent({ followers: " 2,6 тыс. " }))).toContain("followers");
  });

  it("is nothing when everything was re-checked, when the account was not found, or when nothing was carried", () => {
    expect(uncheckedFieldsOf(sent({ seenAll: "yes" }))).toEqual([]);
    expect(uncheckedFieldsOf(sent({ existence: "DELETED" }))).toEqual([]);
    expect(uncheckedFieldsOf({ ...published })).toEqual([]);
  });
});

describe("an imported row's empty cells", () => {
  it("are not re-checked for an account found, and nothing for one not found", () => {
    const row = { existence: "FOUND", followers: { raw: "900", value: 900, approximate: false }, visibility: null, contentKinds: [], attribution: undefined };
    const blank = blankCarriedFields(row);
    expect(blank).toContain("visibility");
    expect(blank).toContain("contentKinds");
    expect(blank).toContain("attribution");
    expect(blank).not.toContain("followers");
    expect(blankCarriedFields({ ...row, existence: "NOT_FOUND" })).toEqual([]);
  });
});
