import { describe, expect, it } from "vitest";
import { STORY_OFFICIALS } from "@/prisma/story";
import { OPENNESS_PARTS, opennessOf, type OpennessInput } from "./openness";

const account = (overrides: Partial<OpennessInput>): OpennessInput => ({
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

/** What the story's survey recorded for an official: one observation per account, one per fruitless search. */
function storyObservations(fullNameLatin: string): OpennessInput[] {
  const story = STORY_OFFICIALS.find((o) => o.fullNameLatin === fullNameLatin)!;
  return [
    ...story.accounts.map(({ observation: o }) =>
      account({
        existence: o.existence,
        attribution: o.attribution ?? null,
        visibility: o.visibility ?? null,
        contentKinds: Array.isArray(o.contentKinds) ? o.contentKinds : [],
        personalStories: o.personalStories ?? null,
        replies: o.replies ?? null,
        liveStreams: o.liveStreams ?? null,
      }),
    ),
    ...(story.notFoundOn ?? []).map(() => notFound),
  ];
}

const points = (fullNameLatin: string) => Object.fromEntries(opennessOf(storyObservations(fullNameLatin))!.parts.map((p) => [p.key, p.points]));

describe("opennessOf", () => {
  it("has parts worth 100 in all, in the order they are shown", () => {
    expect(OPENNESS_PARTS.map((p) => p.key)).toEqual(["found", "attributed", "public", "personal", "replies", "liveStreams"]);
    expect(OPENNESS_PARTS.reduce((sum, p) => sum + p.max, 0)).toBe(100);
  });

  it("scores the story's officials as computed by hand", () => {
    // Zhumagulov: found 10 + attributed 10 + public 20 + personal (family in highlights) 20 + replies regularly 20.
    expect(opennessOf(storyObservations("Zhusup Zhumagulov"))?.score).toBe(80);
    expect(points("Zhusup Zhumagulov")).toEqual({ found: 10, attributed: 10, public: 20, personal: 20, replies: 20, liveStreams: 0 });
    // Mukhamediev: found, attributed, public, regular live streams.
    expect(points("Serik Mukhamediyev")).toEqual({ found: 10, attributed: 10, public: 20, personal: 0, replies: 0, liveStreams: 20 });
    expect(opennessOf(storyObservations("Serik Mukhamediyev"))?.score).toBe(60);
    expect(opennessOf(storyObservations("Gauez Nurmukhambetov"))?.score).toBe(40);
    // Alishev: rarely personal (wife, children) still shows the person.
    expect(opennessOf(storyObservations("Ruslan Alishev"))?.score).toBe(60);
    // Smailova: an account is found, but whose it is is uncertain, so nothing else counts.
    expect(points("Saniya Smailova")).toEqual({ found: 10, attributed: 0, public: 0, personal: 0, replies: 0, liveStreams: 0 });
    // Mustafin: Facebook public (40); his closed Instagram adds nothing.
    expect(opennessOf(storyObservations("Yerzhan Mustafin"))?.score).toBe(40);
    expect(opennessOf(storyObservations("Kaliya Turenova"))?.score).toBe(40);
    // Tasmaganbetov: searched on two platforms, found nowhere: 0, not "not surveyed".
    expect(opennessOf(storyObservations("Marat Tasmaganbetov"))).toEqual({
      score: 0,
      parts: OPENNESS_PARTS.map(({ key, max }) => ({ key, points: 0, max })),
    });
  });

  it("is null for an official nobody has looked at", () => {
    expect(opennessOf([])).toBeNull();
  });

  it("counts only found accounts; a deleted or suspended one counts for nothing", () => {
    const gone = account({ existence: "DELETED", replies: "REGULARLY", liveStreams: true, contentKinds: ["FAMILY"] });
    expect(opennessOf([gone, account({ existence: "SUSPENDED" })])?.score).toBe(0);
  });

  it("gives half points for a partly visible account and for occasional replies", () => {
    expect(partsOf([account({ visibility: "PARTIAL", replies: "SOMETIMES" })])).toMatchObject({ public: 10, replies: 10 });
    expect(partsOf([account({ visibility: "PARTIAL" }), account({ visibility: "PUBLIC" })])).toMatchObject({ public: 20 });
    expect(partsOf([account({ visibility: null, replies: "NEVER" })])).toMatchObject({ public: 0, replies: 0 });
  });

  it("does not count personal content nobody can see", () => {
    expect(partsOf([account({ visibility: "CLOSED", contentKinds: ["PERSONAL_LIFE"] })])).toMatchObject({ personal: 0 });
    expect(partsOf([account({ visibility: null, personalStories: true })])).toMatchObject({ personal: 20 });
    expect(partsOf([account({ contentKinds: ["REPOSTS", "SPORT"] })])).toMatchObject({ personal: 0 });
  });

  it("takes nothing beyond 'found' from an account of uncertain attribution, but the best of the attributed ones", () => {
    const uncertain = account({ attribution: "UNCERTAIN", replies: "REGULARLY", liveStreams: true, contentKinds: ["FAMILY"] });
    expect(opennessOf([uncertain])?.score).toBe(10);
    const likely = account({ attribution: "LIKELY", visibility: "CLOSED" });
    expect(partsOf([uncertain, likely])).toEqual({ found: 10, attributed: 10, public: 0, personal: 0, replies: 0, liveStreams: 0 });
  });

  it("ignores a fruitless search beside a found account", () => {
    expect(opennessOf([notFound, account({ liveStreams: true })])?.score).toBe(60);
  });
});

function partsOf(observations: OpennessInput[]) {
  return Object.fromEntries(opennessOf(observations)!.parts.map((p) => [p.key, p.points]));
}
