import { describe, expect, it } from "vitest";
import { STORY_OFFICIALS } from "@/prisma/story";
import { bestCertain, notAssessedParts, OPENNESS_MIN_ASSESSED_PARTS, OPENNESS_PARTS, opennessOf, opennessScore, type OpennessInput } from "./openness";

const account = (overrides: Partial<OpennessInput>): OpennessInput => ({
  platform: "INSTAGRAM",
  existence: "FOUND",
  attribution: null,
  visibility: "PUBLIC",
  contentKinds: [],
  personalStories: null,
  replies: null,
  liveStreams: null,
  ...overrides,
});
const notFound = account({ existence: "NOT_FOUND", visibility: null });
/** Every part recorded: a fully assessed, fully open account to vary one field of. */
const full = (overrides: Partial<OpennessInput> = {}) =>
  account({ attribution: "CONFIRMED", contentKinds: ["FAMILY"], replies: "REGULARLY", liveStreams: true, ...overrides });

/** What the story's survey recorded for an official: one observation per account, one per fruitless search. */
function storyObservations(fullNameLatin: string): OpennessInput[] {
  const story = STORY_OFFICIALS.find((o) => o.fullNameLatin === fullNameLatin)!;
  return [
    ...story.accounts.map(({ platform, observation: o }) =>
      account({
        platform,
        existence: o.existence,
        attribution: o.attribution ?? null,
        visibility: o.visibility ?? null,
        contentKinds: Array.isArray(o.contentKinds) ? o.contentKinds : [],
        personalStories: o.personalStories ?? null,
        replies: o.replies ?? null,
        liveStreams: o.liveStreams ?? null,
      }),
    ),
    ...(story.notFoundOn ?? []).map((platform) => ({ ...notFound, platform })),
  ];
}

const story = (fullNameLatin: string) => opennessOf(storyObservations(fullNameLatin))!;
const points = (observations: OpennessInput[]) => Object.fromEntries(opennessOf(observations)!.parts.map((p) => [p.key, p.points]));
const n = null;

describe("opennessOf", () => {
  it("has parts worth 100 in all, in the order they are shown", () => {
    expect(OPENNESS_PARTS.map((p) => p.key)).toEqual(["found", "attributed", "public", "personal", "replies", "liveStreams"]);
    expect(OPENNESS_PARTS.reduce((sum, p) => sum + p.max, 0)).toBe(100);
  });

  it("scores the story's officials as computed by hand (n: not assessed)", () => {
    // Zhumagulov: found 10, attribution not recorded, public 20, family in highlights 20, replies regularly 20,
    // live streams not recorded: 70 of the 70 assessed, 4 of 6 parts: 100.
    expect(points(storyObservations("Zhusup Zhumagulov"))).toEqual({ found: 10, attributed: n, public: 20, personal: 20, replies: 20, liveStreams: n });
    expect(story("Zhusup Zhumagulov")).toMatchObject({ score: 100, assessedParts: 4, earned: 70, assessedMax: 70 });
    // Mukhamediev: found 10, public 20, official work only 0, live streams 20; replies not recorded:
    // 50 of 70, 4 of 6: 100 × 50 ÷ 70 = 71.4 → 71.
    expect(points(storyObservations("Serik Mukhamediyev"))).toEqual({ found: 10, attributed: n, public: 20, personal: 0, replies: n, liveStreams: 20 });
    expect(story("Serik Mukhamediyev")).toMatchObject({ score: 71, assessedParts: 4, earned: 50, assessedMax: 70 });
    // Smailova: her one account is of uncertain attribution, so nothing is credited to her: found 10 and 0 for
    // the rest, every part assessed: 10 of 100.
    expect(points(storyObservations("Saniya Smailova"))).toEqual({ found: 10, attributed: 0, public: 0, personal: 0, replies: 0, liveStreams: 0 });
    expect(story("Saniya Smailova")).toMatchObject({ score: 10, assessedParts: 6 });
    // Tasmaganbetov: searched on two platforms, found nowhere: 0 of 100 with every part assessed, not withheld.
    expect(story("Marat Tasmaganbetov")).toEqual({
      score: 0,
      assessedParts: 6,
      earned: 0,
      assessedMax: 100,
      parts: OPENNESS_PARTS.map(({ key, max }) => ({ key, max, points: 0, platforms: [] })),
    });
    // Withheld, 3 of 6 assessed (found, public, personal; attribution, replies and live streams not recorded):
    // Nurmukhambetov (official work only: 30 of 50), Alishev (family on Instagram: 50 of 50), Mustafin (reposts
    // on a public Facebook, Instagram closed: 30 of 50), Turenova (official work on two public Facebook pages,
    // Instagram closed: 30 of 50).
    for (const name of ["Gauez Nurmukhambetov", "Ruslan Alishev", "Yerzhan Mustafin", "Kaliya Turenova"]) {
      expect(story(name), name).toMatchObject({ score: null, assessedParts: 3 });
    }
    expect(points(storyObservations("Ruslan Alishev"))).toEqual({ found: 10, attributed: n, public: 20, personal: 20, replies: n, liveStreams: n });
    // Kurmanov and Duzelbayev: a public Facebook profile, nothing recorded of what it publishes: 2 of 6.
    for (const name of ["Rustem Kurmanov", "Kanat Duzelbayev"]) {
      expect(points(storyObservations(name)), name).toEqual({ found: 10, attributed: n, public: 20, personal: n, replies: n, liveStreams: n });
      expect(story(name).score, name).toBeNull();
    }
  });

  it("names the platforms that earned each part: Mustafin's 'public' is his Facebook, not his closed Instagram", () => {
    const mustafin = story("Yerzhan Mustafin").parts;
    expect(mustafin.find((p) => p.key === "public")).toEqual({ key: "public", max: 20, points: 20, platforms: ["FACEBOOK"] });
    expect(mustafin.find((p) => p.key === "found")!.platforms).toEqual(["INSTAGRAM", "FACEBOOK"]);
    // A part that earned nothing, or was not assessed, names no platform.
    expect(mustafin.filter((p) => !p.points).every((p) => p.platforms.length === 0)).toBe(true);
    // Only a closed account: public is assessed, 0, and names nothing.
    expect(opennessOf([full({ visibility: "CLOSED", platform: "INSTAGRAM" })])!.parts.find((p) => p.key === "public")).toMatchObject({
      points: 0,
      platforms: [],
    });
  });

  it("is null for an official nobody has looked at", () => {
    expect(opennessOf([])).toBeNull();
  });

  it("scores a fully recorded account part by part, and 100 when it is open in every way", () => {
    expect(opennessOf([full()])).toMatchObject({ score: 100, assessedParts: 6, earned: 100, assessedMax: 100 });
    expect(points([full({ visibility: "PARTIAL", replies: "SOMETIMES" })])).toMatchObject({ public: 10, replies: 10, personal: 20 });
    expect(opennessOf([full({ visibility: "PARTIAL", replies: "SOMETIMES" })])!.score).toBe(80);
    expect(points([full({ replies: "NEVER", liveStreams: false })])).toMatchObject({ replies: 0, liveStreams: 0 });
  });

  it("counts only found accounts; a deleted or suspended one is a 0 in every part, as nothing found", () => {
    const gone = full({ existence: "DELETED" });
    expect(opennessOf([gone, full({ existence: "SUSPENDED" })])).toMatchObject({ score: 0, assessedParts: 6 });
  });

  describe("an unknown is not assessed, neither 0 nor full", () => {
    it("replies and live streams not recorded", () => {
      expect(points([full({ replies: null, liveStreams: null })])).toMatchObject({ replies: n, liveStreams: n });
    });
    it("attribution not recorded; a recorded doubt is a 0, recorded grounds are full", () => {
      expect(points([full({ attribution: null })])).toMatchObject({ attributed: n, public: 20 });
      for (const attribution of ["CONFIRMED", "VERIFIED_BADGE", "SELF_DECLARED", "LIKELY"] as const)
        expect(points([full({ attribution })])).toMatchObject({ attributed: 10 });
    });
    it("visibility not recorded", () => {
      expect(points([full({ visibility: null })])).toMatchObject({ public: n });
    });
    it("personal content: not recorded, or recorded but its visibility not", () => {
      expect(points([full({ contentKinds: [], personalStories: null })])).toMatchObject({ personal: n });
      expect(points([full({ contentKinds: [], personalStories: false })])).toMatchObject({ personal: n });
      expect(points([full({ visibility: null, contentKinds: ["PERSONAL_LIFE"] })])).toMatchObject({ personal: n });
      expect(points([full({ contentKinds: ["REPOSTS", "SPORT"] })])).toMatchObject({ personal: 0 });
      expect(points([full({ contentKinds: [], personalStories: true })])).toMatchObject({ personal: 20 });
      expect(points([full({ visibility: "PARTIAL", contentKinds: ["FAMILY"] })])).toMatchObject({ personal: 20 });
    });
  });

  it("does not count personal content nobody can see: a closed account's is a 0, whatever was recorded", () => {
    expect(points([full({ visibility: "CLOSED", contentKinds: ["PERSONAL_LIFE"] })])).toMatchObject({ personal: 0 });
    expect(points([full({ visibility: "CLOSED", contentKinds: [] })])).toMatchObject({ personal: 0 });
  });

  describe("over several accounts, the best, assessed only when certain", () => {
    it("one account at the maximum settles the part, whatever the others left unrecorded", () => {
      expect(points([full({ replies: null }), full({ platform: "FACEBOOK", replies: "REGULARLY" })])).toMatchObject({ replies: 20 });
      expect(points([account({ attribution: "LIKELY" }), account({ platform: "FACEBOOK" })])).toMatchObject({ attributed: 10 });
    });
    it("below the maximum, an account left unrecorded could raise it: not assessed", () => {
      expect(points([full({ visibility: "CLOSED" }), full({ platform: "FACEBOOK", visibility: null })])).toMatchObject({ public: n });
      expect(points([full({ replies: "SOMETIMES" }), full({ platform: "FACEBOOK", replies: null })])).toMatchObject({ replies: n });
    });
    it("every account recorded: the best of them", () => {
      expect(points([full({ visibility: "CLOSED" }), full({ platform: "FACEBOOK", visibility: "PARTIAL" })])).toMatchObject({ public: 10 });
      expect(opennessOf([full({ visibility: "PARTIAL" }), full({ platform: "FACEBOOK", visibility: "PARTIAL" })])!.parts[2]!.platforms).toEqual([
        "INSTAGRAM",
        "FACEBOOK",
      ]);
    });
    it("ignores a fruitless search beside a found account", () => {
      expect(opennessOf([notFound, full()])).toMatchObject({ score: 100, assessedParts: 6 });
    });
  });

  describe("attribution", () => {
    it("takes nothing beyond 'found' from an account of uncertain attribution, and the rest from the credited ones", () => {
      const uncertain = full({ attribution: "UNCERTAIN" });
      expect(points([uncertain])).toEqual({ found: 10, attributed: 0, public: 0, personal: 0, replies: 0, liveStreams: 0 });
      const likely = account({ platform: "FACEBOOK", attribution: "LIKELY", visibility: "CLOSED" });
      expect(points([uncertain, likely])).toEqual({ found: 10, attributed: 10, public: 0, personal: 0, replies: n, liveStreams: n });
    });
    it("an uncertain account beside one with no attribution recorded: attribution not assessed", () => {
      expect(points([full({ attribution: "UNCERTAIN" }), full({ platform: "FACEBOOK", attribution: null })])).toMatchObject({ attributed: n, public: 20 });
    });
  });

  describe("the index", () => {
    it("is the points over the assessed parts' maxima, scaled to 100 and rounded", () => {
      // 10 + 20 + 0 + 20 (public, personal 0, replies) of 10 + 20 + 20 + 20: 50 of 70 → 71.
      expect(opennessOf([full({ attribution: null, contentKinds: ["OFFICIAL_WORK"], liveStreams: null })])).toMatchObject({
        score: 71,
        earned: 50,
        assessedMax: 70,
      });
      // A half rounds up: found 10 of 10 + 10 + 20 + 20 + 20 (live streams not assessed): 100 × 10 ÷ 80 = 12.5 → 13.
      const half = OPENNESS_PARTS.map(({ key, max }) => ({ key, max, points: key === "found" ? 10 : key === "liveStreams" ? null : 0 }));
      expect(opennessScore(half)).toMatchObject({ score: 13, earned: 10, assessedMax: 80 });
    });
    it(`is withheld below ${OPENNESS_MIN_ASSESSED_PARTS} assessed parts, and shown from there on`, () => {
      const parts = (assessed: number) => OPENNESS_PARTS.map(({ key, max }, index) => ({ key, max, points: index < assessed ? max : null }));
      expect(opennessScore(parts(3))).toMatchObject({ score: null, assessedParts: 3, earned: 40, assessedMax: 40 });
      expect(opennessScore(parts(4))).toMatchObject({ score: 100, assessedParts: 4 });
      expect(OPENNESS_MIN_ASSESSED_PARTS).toBe(4);
    });
    it("has the minimum the methodology states: with 'found' always assessed, 3 parts are worth at most 50, 4 at least 60", () => {
      const others = OPENNESS_PARTS.filter((p) => p.key !== "found")
        .map((p) => p.max)
        .sort((a, b) => a - b);
      const found = OPENNESS_PARTS.find((p) => p.key === "found")!.max;
      const most = (count: number) => found + others.slice(-(count - 1)).reduce((a, b) => a + b, 0);
      const least = (count: number) => found + others.slice(0, count - 1).reduce((a, b) => a + b, 0);
      expect(most(OPENNESS_MIN_ASSESSED_PARTS - 1)).toBe(50);
      expect(least(OPENNESS_MIN_ASSESSED_PARTS)).toBe(60);
    });
    it("lists the parts left unassessed", () => {
      expect(notAssessedParts(story("Zhusup Zhumagulov"))).toEqual(["attributed", "liveStreams"]);
      expect(notAssessedParts(story("Marat Tasmaganbetov"))).toEqual([]);
    });
  });
});

describe("bestCertain", () => {
  it("is the maximum when reached, unknown when an unknown could raise it, the best otherwise, 0 for nothing", () => {
    expect(bestCertain([null, 20], 20)).toBe(20);
    expect(bestCertain([null, 10], 20)).toBeNull();
    expect(bestCertain([0, 10], 20)).toBe(10);
    expect(bestCertain([], 20)).toBe(0);
  });
});
