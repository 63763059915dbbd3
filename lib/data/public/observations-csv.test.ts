import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { OBSERVATION_CSV_HEADER, observationsCsv } from "./observations-csv";
import type { PublicObservation } from "./public-records";

const observation: PublicObservation = {
  id: "o1",
  official: { id: "zh", name: "Жусуп Жумагулов", nameLatin: null },
  positions: [],
  platform: "INSTAGRAM",
  account: { id: "a1", platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: "zhumagulov", url: null, label: null },
  // 01:30 on 1 September in Petropavlovsk.
  observedAt: "2024-08-31T20:30:00.000Z",
  observedAtPrecision: "DAY",
  existence: "FOUND",
  attribution: null,
  attributionNote: null,
  visibility: "PUBLIC",
  hasAvatar: null,
  verifiedBadge: null,
  followers: null,
  following: null,
  friends: null,
  posts: null,
  lastPostAt: null,
  lastPostAtPrecision: null,
  lastPostUrl: null,
  contentKinds: [],
  languages: [],
  commentsOpen: null,
  replies: null,
  liveStreams: null,
  lastLiveAt: null,
  lastLiveAtPrecision: null,
  personalStories: null,
  likesLevel: null,
  publicNote: null,
  notRechecked: [],
  sourceUrls: [],
  approvedAt: "2024-09-02T04:05:00.000Z",
};

const rows = (observations: PublicObservation[]) => {
  const [header, ...body] = parse(observationsCsv(observations), { bom: true }) as string[][];
  return body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
};

describe("the public CSV's columns", () => {
  it("keeps every earlier column in its place and adds Kazakhstan's clock at the end", () => {
    expect(OBSERVATION_CSV_HEADER.indexOf("observation_id")).toBe(0);
    expect(OBSERVATION_CSV_HEADER.slice(-3)).toEqual(["not_rechecked", "observed_at_local", "approved_at_local"]);
  });

  it("writes the local times as 'YYYY-MM-DD HH:mm', beside the UTC instants", () => {
    const [row] = rows([observation]);
    expect([row!.observed_at, row!.observed_at_local]).toEqual(["2024-08-31T20:30:00.000Z", "2024-09-01 01:30"]);
    expect([row!.approved_at, row!.approved_at_local]).toEqual(["2024-09-02T04:05:00.000Z", "2024-09-02 09:05"]);
  });

  it("gives a look known only to its month as that month, and no time for one not approved", () => {
    const [row] = rows([{ ...observation, observedAt: "2024-08", observedAtPrecision: "MONTH", approvedAt: null }]);
    expect([row!.observed_at_local, row!.approved_at_local]).toEqual(["2024-08", ""]);
  });
});
