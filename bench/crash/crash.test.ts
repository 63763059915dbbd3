import { describe, expect, it } from "vitest";
import { differences, incompleteness, judge } from "./checks";
import { decodeEntities, idempotencyKeyOf, multipartBody, prefilledValue, readObservationForm } from "./form";
import { fillIn } from "./plan";
import type { Snapshot, Stored } from "./snapshot";

const PAGE = `
<header><form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_4092"/><button name="locale" value="kk">Қазақша</button></form></header>
<main><form action="" encType="multipart/form-data" method="POST" novalidate="">
<input type="hidden" name="$ACTION_REF_3"/><input type="hidden" name="$ACTION_3:0" value="{&quot;id&quot;:&quot;605e&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_KEY" value="kf9e"/><input type="hidden" name="idempotencyKey" value="d1d69c51-5909-4013-8500-e7a3bffb5097"/>
<select name="officialId"><option value="">—</option></select>
<input id="observedAt" name="observedAt" type="datetime-local" required="" value="2026-11-26T15:10"/>
</form></main>`;

describe("reading the observation form", () => {
  it("takes the hidden inputs of the form with the idempotency key, not the header's forms", () => {
    const hidden = readObservationForm(PAGE);
    expect(hidden).toEqual([
      ["$ACTION_REF_3", ""],
      ["$ACTION_3:0", '{"id":"605e","bound":"$@1"}'],
      ["$ACTION_KEY", "kf9e"],
      ["idempotencyKey", "d1d69c51-5909-4013-8500-e7a3bffb5097"],
    ]);
    expect(idempotencyKeyOf(hidden)).toBe("d1d69c51-5909-4013-8500-e7a3bffb5097");
    expect(prefilledValue(PAGE, "observedAt")).toBe("2026-11-26T15:10");
  });

  it("refuses a page without the form, or a form that would need JavaScript", () => {
    expect(() => readObservationForm('<form><input name="email"></form>')).toThrow(/No observation form/);
    expect(() => readObservationForm('<form><input type="hidden" name="idempotencyKey" value="k"/></form>')).toThrow(/Server Action/);
  });

  it("decodes the entities React writes into attribute values", () => {
    expect(decodeEntities("&quot;a&quot; &amp; &#39;b&#x27; &lt;c&gt; &unknown;")).toBe(`"a" & 'b' <c> &unknown;`);
  });

  it("posts the hidden inputs, the fields, an (empty) file part and the pressed button", () => {
    const body = multipartBody([["$ACTION_KEY", "k"]], [["internalNote", "Бірлік"]]);
    expect([...body.keys()]).toEqual(["$ACTION_KEY", "internalNote", "screenshots", "intent"]);
    expect(body.get("intent")).toBe("submit");
    expect((body.get("screenshots") as File).size).toBe(0);
  });
});

const subject = { officialId: "off1", accountId: "acc1", platform: "INSTAGRAM" };
const shot = { name: "s.png", type: "image/png", bytes: new Uint8Array([1]) };
const sent = fillIn({ runId: "run", index: 5, subject, observedAt: "2026-11-26T10:00", screenshot: shot, screenshotEvery: 5 });

function storedFrom(overrides: Partial<Stored> = {}): Stored {
  const e = sent.expected;
  return {
    id: "obs1",
    idempotencyKey: "key1",
    authorId: "reporter",
    status: "SUBMITTED",
    officialId: e.officialId,
    accountId: e.accountId,
    platform: e.platform,
    existence: e.existence,
    visibility: e.visibility,
    followersRaw: e.followersRaw,
    followers: e.followers,
    postsRaw: e.postsRaw,
    posts: e.posts,
    hasAvatar: e.hasAvatar,
    contentKinds: [...e.contentKinds].reverse(),
    languages: e.languages,
    publicNote: e.publicNote,
    internalNote: e.internalNote,
    links: [...e.links].sort(),
    screenshots: [{ storageKey: "a.png", thumbnailKey: "a.thumb.webp", sha256: "h" }],
    createAudits: 1,
    auditedEvidence: 3,
    ...overrides,
  };
}
const files = new Map([
  ["a.png", "h"],
  ["a.thumb.webp", "t"],
]);
const snapshotOf = (observations: Stored[], extra: Partial<Snapshot> = {}): Snapshot => ({
  observations,
  runObservations: observations.length,
  orphanAudits: 0,
  knownFiles: [],
  ...extra,
});

describe("the plan", () => {
  it("fills in a screenshot on every fifth submission and sends the counts as people write them", () => {
    expect(sent.expected.screenshots).toBe(1);
    expect(sent.screenshot).toBe(shot);
    expect(sent.expected.followersRaw).toBe("1\u00a0005");
    expect(fillIn({ runId: "run", index: 6, subject, observedAt: "x", screenshot: shot, screenshotEvery: 5 }).screenshot).toBeUndefined();
  });
});

describe("the checks", () => {
  it("find nothing wrong with a whole, faithful observation", () => {
    expect(differences(sent.expected, storedFrom(), "reporter")).toEqual([]);
    expect(incompleteness(sent.expected, storedFrom(), files)).toEqual([]);
  });

  it("name every field that differs from what was sent", () => {
    const wrong = differences(sent.expected, storedFrom({ followers: 1, publicNote: "other", internalNote: null, status: "DRAFT" }), "reporter");
    expect(wrong.map((line) => line.split(":")[0])).toEqual(["status", "followers", "publicNote", "internalNote"]);
  });

  it("call an observation half-written without its audit entry, with evidence missing, or with a screenshot not on disk", () => {
    expect(incompleteness(sent.expected, storedFrom({ createAudits: 0 }), files)).toEqual(["0 observation.create audit entries (want 1)"]);
    expect(incompleteness(sent.expected, storedFrom({ links: [] }), files)).toEqual([
      "1 evidence rows (sent 3)",
      "audit entry records 3 evidence rows, table has 1",
    ]);
    expect(incompleteness(sent.expected, storedFrom(), new Map())).toHaveLength(2);
  });

  it("judge a lost acknowledgement, an id mix-up, duplicates and orphan audit entries as violations", () => {
    const base = { sent: [{ index: 5, key: "key1", expected: sent.expected }], files, authorId: "reporter" };
    expect(judge({ ...base, acknowledged: new Map([["key1", "obs1"]]), snapshot: snapshotOf([storedFrom()]) })).toEqual([]);
    expect(judge({ ...base, acknowledged: new Map(), snapshot: snapshotOf([]) })).toEqual([]);
    expect(judge({ ...base, acknowledged: new Map([["key1", "obs1"]]), snapshot: snapshotOf([]) })[0]!.problem).toMatch(/lost/);
    expect(judge({ ...base, acknowledged: new Map([["key1", "obs9"]]), snapshot: snapshotOf([storedFrom()]) })[0]!.problem).toMatch(/stored as obs1/);
    expect(judge({ ...base, acknowledged: new Map(), snapshot: snapshotOf([storedFrom()], { runObservations: 2 }) })[0]!.problem).toMatch(/duplicates/);
    expect(judge({ ...base, acknowledged: new Map(), snapshot: snapshotOf([], { orphanAudits: 1 }) })[0]!.problem).toMatch(/audit entries/);
  });
});
