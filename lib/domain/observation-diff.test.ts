import { describe, expect, it } from "vitest";
import { changedFields, COMPARED_FIELDS, compareObservations, lastSeenAt, type ComparableObservation } from "./observation-diff";

const base: ComparableObservation = {
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: null,
  hasAvatar: true,
  verifiedBadge: null,
  followers: 3000,
  following: null,
  friends: null,
  posts: 10,
  lastPostAt: new Date("2024-08-26T00:00:00Z"),
  contentKinds: ["OFFICIAL_WORK", "FAMILY"],
  languages: ["RUSSIAN"],
  commentsOpen: true,
  replies: null,
  liveStreams: null,
  personalStories: null,
  likesLevel: "FEW",
};

describe("compareObservations", () => {
  it("marks nothing changed for a first observation, and flags nothing", () => {
    const { changes, flags } = compareObservations(null, base);
    expect(changes.every((c) => !c.changed)).toBe(true);
    expect(new Set(changes.map((c) => c.check))).toEqual(new Set(["recorded"]));
    expect(flags).toEqual([]);
  });

  it("tells each field as changed, confirmed or not re-checked", () => {
    const current = { ...base, followers: 3100, posts: null, visibility: null, uncheckedFields: ["visibility", "posts"] };
    const byField = Object.fromEntries(compareObservations(base, current).changes.map((c) => [c.field, c]));
    expect(byField.followers).toMatchObject({ check: "changed", before: 3000, after: 3100, changed: true });
    expect(byField.languages).toMatchObject({ check: "confirmed", changed: false });
    expect(byField.existence).toMatchObject({ check: "confirmed", changed: false });
    // Not re-checked: the published value stands, whatever the row holds, and it is no change.
    expect(byField.visibility).toMatchObject({ check: "notRechecked", before: "PUBLIC", after: "PUBLIC", changed: false });
    expect(byField.posts).toMatchObject({ check: "notRechecked", before: 10, after: 10, changed: false });
    expect(changedFields(base, current)).toEqual(["followers"]);
  });

  it("compares every field a repeat can confirm or leave, the last live stream included", () => {
    expect(COMPARED_FIELDS).toContain("lastLiveAt");
    const live = { ...base, lastLiveAt: new Date("2024-05-01T00:00:00Z") };
    expect(changedFields(live, { ...live, lastLiveAt: new Date("2024-08-01T00:00:00Z") })).toEqual(["lastLiveAt"]);
    expect(changedFields(live, { ...live, lastLiveAt: new Date("2024-05-01T00:00:00Z") })).toEqual([]);
  });

  it("leaves a field only when it can be carried: existence is always checked, unknown names are ignored", () => {
    const current = { ...base, existence: "NOT_FOUND", uncheckedFields: ["existence", "nonsense"] };
    const existence = compareObservations(base, current).changes.find((c) => c.field === "existence");
    expect(existence).toMatchObject({ check: "changed", after: "NOT_FOUND" });
  });

  it("raises no warning on a field that was not re-checked", () => {
    expect(compareObservations(base, { ...base, followers: null, uncheckedFields: ["followers"] }).flags).toEqual([]);
    expect(compareObservations(base, { ...base, followers: 9000, uncheckedFields: ["followers"] }).flags).toEqual([]);
    expect(compareObservations({ ...base, friends: 300 }, { ...base, friends: 900, uncheckedFields: ["friends"] }).flags).toEqual([]);
    expect(compareObservations(base, { ...base, visibility: "CLOSED", uncheckedFields: ["visibility"] }).flags).toEqual([]);
    expect(compareObservations(base, { ...base, visibility: "CLOSED", uncheckedFields: ["followers"] }).flags).toEqual(["becameClosed"]);
  });

  it("highlights exactly the fields that changed, comparing dates and sets by value", () => {
    const { changes, flags } = compareObservations(base, {
      ...base,
      followers: 3500,
      lastPostAt: new Date("2024-08-26T00:00:00Z"),
      contentKinds: ["FAMILY", "OFFICIAL_WORK"],
      likesLevel: "MODERATE",
    });
    expect(changes.filter((c) => c.changed).map((c) => c.field)).toEqual(["followers", "likesLevel"]);
    expect(flags).toEqual([]);
  });

  it.each([
    [{ followers: 4001 }, ["followersSwing"]],
    [{ followers: 4000 }, []],
    [{ followers: 1999 }, ["followersSwing"]],
    [{ visibility: "CLOSED" }, ["becameClosed"]],
    [{ existence: "NOT_FOUND", followers: null }, ["becameMissing"]],
    [{ existence: "DELETED" }, ["becameMissing"]],
  ] as const)("flags %j as %j", (change, expected) => {
    expect(compareObservations(base, { ...base, ...change }).flags).toEqual(expected);
  });

  it("flags friends moving by more than a third, and an account found again", () => {
    expect(compareObservations({ ...base, friends: 316 }, { ...base, friends: 500 }).flags).toEqual(["friendsSwing"]);
    expect(compareObservations({ ...base, existence: "NOT_FOUND" }, base).flags).toEqual(["reappeared"]);
  });

  it("dates a value left not re-checked by where it was last seen", () => {
    const observedAt = new Date("2024-09-01T10:00:00Z");
    const carriedFields = { followers: { from: "o1", seenAt: "2024-03-02T09:00:00.000Z" }, bogus: { from: "x", seenAt: "2020-01-01" } };
    expect(lastSeenAt({ observedAt, carriedFields }, "followers")).toEqual(new Date("2024-03-02T09:00:00.000Z"));
    expect(lastSeenAt({ observedAt, carriedFields }, "posts")).toEqual(observedAt);
    expect(lastSeenAt({ observedAt, carriedFields }, "existence")).toEqual(observedAt);
    expect(lastSeenAt({ observedAt, carriedFields: { posts: { from: "o1", seenAt: "not a date" } } }, "posts")).toEqual(observedAt);
    expect(lastSeenAt({ observedAt, carriedFields: null }, "posts")).toEqual(observedAt);
  });
});

describe("dates known to the month or the year", () => {
  it("are compared with their precision: a year is not the last day of that year", () => {
    const yearOnly = { ...base, lastPostAt: new Date("2021-12-31T00:00:00Z"), lastPostAtPrecision: "YEAR" as const };
    const day = { ...base, lastPostAt: new Date("2021-12-31T00:00:00Z"), lastPostAtPrecision: "DAY" as const };
    const lastPost = (a: ComparableObservation, b: ComparableObservation) => compareObservations(a, b).changes.find((c) => c.field === "lastPostAt")!;
    expect(lastPost(yearOnly, day).check).toBe("changed");
    expect(lastPost(yearOnly, { ...yearOnly }).check).toBe("confirmed");
    expect(lastPost(yearOnly, day).before).toEqual({ date: new Date("2021-12-31T00:00:00Z"), precision: "YEAR" });
  });
});
