import { describe, expect, it } from "vitest";
import { computeWaveChanges, medianReach, parseChangeEndpoint, rankAccounts, rankOfficials, summarizeChanges, type ChangeObservation } from "./wave-changes";

const then = new Date("2024-08-28T07:00:00Z");
const now = new Date("2026-08-20T07:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const obs = (overrides: Partial<ChangeObservation>): ChangeObservation => ({
  officialId: "o1",
  platform: "INSTAGRAM",
  accountId: "a1",
  observedAt: then,
  observedAtPrecision: "DAY",
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: "CONFIRMED",
  followers: 1000,
  followersApproximate: false,
  friends: null,
  friendsApproximate: false,
  lastPostAt: day("2024-08-20"),
  lastPostAtPrecision: "DAY",
  carriedFields: null,
  ...overrides,
});
const later = (overrides: Partial<ChangeObservation>) => obs({ observedAt: now, lastPostAt: day("2026-08-15"), ...overrides });
const search = (at: Date, overrides: Partial<ChangeObservation> = {}) =>
  obs({ accountId: null, observedAt: at, existence: "NOT_FOUND", visibility: null, attribution: null, followers: null, lastPostAt: null, ...overrides });

describe("computeWaveChanges", () => {
  it("compares followers in numbers and per cent between two found accounts", () => {
    const [change] = computeWaveChanges([obs({})], [later({ followers: 1500 })]);
    expect(change).toMatchObject({ changes: [], followerChange: { delta: 500, percent: 50, approximate: false }, notRechecked: [] });
  });

  it("marks a change approximate when either count is", () => {
    const [change] = computeWaveChanges([obs({ followersApproximate: true, followers: 2600 })], [later({ followers: 2000 })]);
    expect(change!.followerChange).toMatchObject({ delta: -600, approximate: true });
  });

  it("calls an account found now after a fruitless search new, with no difference from 'not found'", () => {
    const [change] = computeWaveChanges([search(then)], [later({ followers: 300 })]);
    expect(change).toMatchObject({ accountId: "a1", changes: ["NEW"], followerChange: null });
    expect(change!.then!.existence).toBe("NOT_FOUND");
  });

  it("calls an account new when the earlier side surveyed the platform without it, not when it did not survey it", () => {
    const surveyed = computeWaveChanges([obs({ accountId: "a0" })], [later({ accountId: "a0" }), later({ accountId: "a1" })]);
    expect(surveyed.find((c) => c.accountId === "a1")!.changes).toEqual(["NEW"]);
    const unsurveyed = computeWaveChanges([], [later({})]);
    expect(unsurveyed[0]).toMatchObject({ then: null, changes: [] });
  });

  it("calls an account gone when a later search finds nothing, with no percentage", () => {
    const [change] = computeWaveChanges([obs({})], [search(now)]);
    expect(change).toMatchObject({ accountId: "a1", changes: ["GONE"], followerChange: null });
    const [deleted] = computeWaveChanges([obs({})], [later({ existence: "DELETED", followers: null })]);
    expect(deleted!.changes).toEqual(["GONE"]);
  });

  it("keeps a platform not found on both sides as one row without a change", () => {
    expect(computeWaveChanges([search(then)], [search(now)])).toMatchObject([{ accountId: null, changes: [], followerChange: null }]);
  });

  it("tells opened from closed, and an attribution changed", () => {
    expect(computeWaveChanges([obs({ visibility: "CLOSED" })], [later({})])[0]!.changes).toEqual(["OPENED"]);
    expect(computeWaveChanges([obs({})], [later({ visibility: "CLOSED", lastPostAt: null })])[0]!.changes).toEqual(["CLOSED"]);
    expect(computeWaveChanges([obs({})], [later({ attribution: "UNCERTAIN" })])[0]!.changes).toEqual(["ATTRIBUTION_CHANGED"]);
  });

  it("says went dormant, abandoned and came back from the activity verdicts", () => {
    expect(computeWaveChanges([obs({})], [later({ lastPostAt: day("2026-03-01") })])[0]!.changes).toEqual(["WENT_DORMANT"]);
    expect(computeWaveChanges([obs({})], [later({ lastPostAt: day("2024-01-01") })])[0]!.changes).toEqual(["ABANDONED"]);
    expect(computeWaveChanges([obs({ lastPostAt: day("2021-12-31") })], [later({})])[0]!.changes).toEqual(["CAME_BACK"]);
  });

  it("does not count a value carried from no later than the earlier look, and marks it", () => {
    const carried = { followers: { from: "x", seenAt: then.toISOString() }, lastPostAt: { from: "x", seenAt: then.toISOString() } };
    const [change] = computeWaveChanges([obs({})], [later({ followers: 1000, lastPostAt: day("2024-08-20"), carriedFields: carried })]);
    expect(change).toMatchObject({ changes: [], followerChange: null });
    expect(change!.notRechecked.sort()).toEqual(["followers", "lastPostAt"]);
    expect(change!.now!.carried.followers).toEqual(then);
  });

  it("counts a value carried from a look between the two sides", () => {
    const between = new Date("2025-06-01T07:00:00Z");
    const [change] = computeWaveChanges([obs({})], [later({ followers: 1200, carriedFields: { followers: { from: "y", seenAt: between.toISOString() } } })]);
    expect(change).toMatchObject({ notRechecked: [], followerChange: { delta: 200, percent: 20 } });
    expect(change!.now!.carried.followers).toEqual(between);
  });

  it("gives no percentage from zero followers", () => {
    expect(computeWaveChanges([obs({ followers: 0 })], [later({ followers: 40 })])[0]!.followerChange).toEqual({
      delta: 40,
      percent: null,
      approximate: false,
    });
  });
});

describe("ranking and summaries", () => {
  const changes = computeWaveChanges(
    [obs({ officialId: "small" }), obs({ officialId: "big" }), obs({ officialId: "closed" }), obs({ officialId: "same" })],
    [
      later({ officialId: "small", followers: 1010 }),
      later({ officialId: "big", followers: 100 }),
      later({ officialId: "closed", visibility: "CLOSED", followers: null }),
      later({ officialId: "same" }),
    ],
  );

  it("ranks officials by their largest absolute follower change, then other changes, then the rest", () => {
    expect(rankOfficials(["same", "closed", "small", "big"], changes)).toEqual(["big", "small", "closed", "same"]);
    expect(rankAccounts(changes).map((c) => c.officialId)).toEqual(["big", "small", "same", "closed"]);
  });

  it("counts what an article prints for an akimat", () => {
    const gone = computeWaveChanges([obs({ officialId: "x" })], [search(now, { officialId: "x" })]);
    const summary = summarizeChanges(["small", "big", "closed", "same", "x", "unseen"], [...changes, ...gone], ["INSTAGRAM", "FACEBOOK"]);
    expect(summary).toMatchObject({ officials: 6, surveyedThen: 5, surveyedNow: 5, noAccountThen: 0, noAccountNow: 1 });
    expect(summary.counts).toMatchObject({ GONE: 1, CLOSED: 1, NEW: 0 });
    expect(summary.medianThen.INSTAGRAM).toEqual({ value: 1000, approximate: false, accounts: 5 });
    expect(summary.medianNow.INSTAGRAM).toEqual({ value: 1000, approximate: false, accounts: 3 });
    expect(summary.medianNow.FACEBOOK).toBeNull();
  });

  it("takes the mean of the middle two for an even number of counts, marked approximate when any is", () => {
    const sides = computeWaveChanges([obs({ followers: 10 }), obs({ accountId: "a2", followers: 20, followersApproximate: true })], []).map((c) => c.then);
    expect(medianReach(sides)).toEqual({ value: 15, approximate: true, accounts: 2 });
  });
});

describe("parseChangeEndpoint", () => {
  it("reads a wave id or a day, and nothing else", () => {
    expect(parseChangeEndpoint("2024-08-31")).toEqual({ kind: "date", day: "2024-08-31" });
    expect(parseChangeEndpoint("clx0wave1")).toEqual({ kind: "wave", waveId: "clx0wave1" });
    expect(parseChangeEndpoint("")).toBeNull();
    expect(parseChangeEndpoint("'; drop")).toBeNull();
    expect(parseChangeEndpoint("2024-02-31")).toBeNull();
    expect(parseChangeEndpoint("2024-02-29")).toEqual({ kind: "date", day: "2024-02-29" });
  });
});
