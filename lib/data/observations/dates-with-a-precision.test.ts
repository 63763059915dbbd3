/**
 * Dates known only to the month or the year, from the form to the dashboard and the open data (issue 15, part 3;
 * docs/decisions/0015-dates-with-a-precision.md): saved as the period's last day with the precision, counted so
 * by the activity rules in TypeScript and in the dashboard's SQL alike, published as ISO partial dates.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ObservationInput } from "@/lib/validation/observation-input";
import { getComparison } from "../comparison/get-comparison";
import { getAkimatSummaries } from "../dashboard/get-akimat-summaries";
import { loadOpenData } from "../public/load-open-data";
import { applyReviewDecision } from "./apply-review-decision";
import { recordObservation } from "./record-observation";

withTestDatabase();

const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});
let reporter: Viewer;
let editor: Viewer;
const ids = { duzelbayev: "", mukhamediev: "", facebook: "", instagram: "" };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const asOf = new Date("2024-09-30T12:00:00Z");

async function publish(values: Record<string, string>) {
  const input = ObservationInput.parse({ platform: "FACEBOOK", existence: "FOUND", visibility: "PUBLIC", intent: "submit", ...values });
  const saved = await recordObservation({ viewer: reporter, input });
  await applyReviewDecision({ viewer: editor, id: saved.id, expectedVersion: 1, kind: "approve" });
  return db.observation.findUniqueOrThrow({ where: { id: saved.id } });
}

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  const akimat = await createAkimat(db, { name: "Акимат Северо-Казахстанской области", slug: "sko" });
  const duzelbayev = await createOfficial(db, { fullName: "Канат Дузелбаев", akimatId: akimat.id });
  const mukhamediev = await createOfficial(db, { fullName: "Серик Мухамедиев", akimatId: akimat.id });
  ids.duzelbayev = duzelbayev.id;
  ids.mukhamediev = mukhamediev.id;
  ids.facebook = (await createAccount(db, { officialId: duzelbayev.id, platform: "FACEBOOK" })).id;
  ids.instagram = (await createAccount(db, { officialId: mukhamediev.id, platform: "INSTAGRAM" })).id;
});

describe("a date known only to the month or the year", () => {
  it("is saved from the form as its period's last day, with its precision", async () => {
    const stored = await publish({
      officialId: ids.duzelbayev,
      accountId: ids.facebook,
      observedAt: "2024-08-28T12:00",
      observedAtPrecision: "MONTH",
      friends: "почти пять тысяч",
      lastPostAt: "2021",
      liveStreams: "yes",
      lastLiveAt: "авг 2020",
    });
    expect(stored).toMatchObject({
      observedAt: new Date("2024-08-28T07:00:00Z"),
      observedAtPrecision: "MONTH",
      lastPostAt: day("2021-12-31"),
      lastPostAtPrecision: "YEAR",
      lastLiveAt: day("2020-08-31"),
      lastLiveAtPrecision: "MONTH",
    });
    // "A post some time in 2024", seen in August 2024: the year's end is after the look, which is what counts.
    await publish({ officialId: ids.mukhamediev, platform: "INSTAGRAM", accountId: ids.instagram, observedAt: "2024-08-28T12:00", lastPostAt: "2024" });
  });

  it("counts for activity as the end of its period, in the comparison and in the dashboard's figures", async () => {
    const comparison = await getComparison({ asOf, akimatSlugs: ["sko"] });
    const cells = Object.fromEntries(comparison.akimats[0]!.officials.map((o) => [o.fullName, Object.values(o.cells).flat()[0]!]));
    expect(cells["Канат Дузелбаев"]).toMatchObject({
      lastPostAt: day("2021-12-31"),
      lastPostAtPrecision: "YEAR",
      observedAtPrecision: "MONTH",
      activity: "ABANDONED",
    });
    expect(cells["Серик Мухамедиев"]).toMatchObject({
      lastPostAt: day("2024-12-31"),
      lastPostAtPrecision: "YEAR",
      observedAtPrecision: "DAY",
      activity: "ACTIVE",
    });
    const [summary] = await getAkimatSummaries({ asOf, akimatSlugs: ["sko"] });
    expect(summary).toMatchObject({ officials: 2, withFoundAccount: 2, activeWithin90Days: 1 });
  });

  it("is published as an ISO partial date with its precision, and the look's estimated day is not", async () => {
    const open = await loadOpenData({ until: null });
    const byName = Object.fromEntries(open.observations.map((o) => [o.official.name, o]));
    expect(byName["Канат Дузелбаев"]).toMatchObject({
      observedAt: "2024-08",
      observedAtPrecision: "MONTH",
      lastPostAt: "2021",
      lastPostAtPrecision: "YEAR",
      lastLiveAt: "2020-08",
      lastLiveAtPrecision: "MONTH",
    });
    expect(byName["Серик Мухамедиев"]).toMatchObject({
      observedAt: "2024-08-28T07:00:00.000Z",
      observedAtPrecision: "DAY",
      lastPostAt: "2024",
      lastPostAtPrecision: "YEAR",
      lastLiveAt: null,
      lastLiveAtPrecision: null,
    });
    // The current picture still orders looks by their instants, not by the published month.
    expect(open.officials.find((o) => o.name === "Канат Дузелбаев")!.current.map((o) => o.observedAt)).toEqual(["2024-08"]);
  });
});
