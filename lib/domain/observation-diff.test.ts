import { describe, expect, it } from "vitest";
import { compareObservations, type ComparableObservation } from "./observation-diff";

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
    expect(flags).toEqual([]);
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
});
