import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ObservationInput } from "@/lib/validation/observation-input";
import { WaveAssignmentInput, WaveInput } from "@/lib/validation/wave-input";
import { ConflictError } from "../errors";
import { recordObservation } from "../observations/record-observation";
import { updateObservation } from "../observations/update-observation";
import { listOpenWavesFor } from "./list-open-waves-for";
import { assignWave, createWave as planWave, setWaveClosed, unassignWave, updateWave } from "./waves";

withTestDatabase();

const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
let reporter: Viewer;
let editor: Viewer;
let region: string;
let city: string;
let district: string;
let regionDeputy: string;
let districtAkim: string;
let elsewhere: string;

const waveForm = (fields: Record<string, string> = {}) =>
  WaveInput.parse({ name: "Август 2026", opensOn: "2026-08-01", dueOn: "2026-08-31", akimatIds: region, platforms: "INSTAGRAM,FACEBOOK", ...fields });
const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });
const observation = (fields: Record<string, string>) =>
  ObservationInput.parse({
    officialId: regionDeputy,
    platform: "INSTAGRAM",
    observedAt: "2026-08-10T12:00",
    existence: "NOT_FOUND",
    intent: "draft",
    ...fields,
  });

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  region = (await createAkimat(db, { level: "REGION" })).id;
  city = (await createAkimat(db, { level: "CITY", parentId: region })).id;
  district = (await createAkimat(db, { level: "DISTRICT", parentId: city })).id;
  regionDeputy = (await createOfficial(db, { akimatId: region })).id;
  districtAkim = (await createOfficial(db, { akimatId: district, position: { title: "AKIM" } })).id;
  elsewhere = (await createOfficial(db, { akimatId: (await createAkimat(db)).id })).id;
});

describe("survey waves", () => {
  it("are planned, edited, closed and reopened by editors, each step audited and on the version opened", async () => {
    await expect(planWave({ viewer: reporter, input: waveForm() })).rejects.toThrow(/Not allowed/);
    const { id } = await planWave({ viewer: editor, input: waveForm({ methodology: "Считать подписчиков." }) });
    expect(await db.wave.findUniqueOrThrow({ where: { id }, include: { akimats: true } })).toMatchObject({
      name: "Август 2026",
      platforms: ["INSTAGRAM", "FACEBOOK"],
      includeDistricts: false,
      closedAt: null,
      version: 1,
      akimats: [{ akimatId: region }],
    });

    const edited = await updateWave({ viewer: editor, id, expectedVersion: 1, input: waveForm({ akimatIds: `${region},${city}`, includeDistricts: "yes" }) });
    expect(edited.version).toBe(2);
    await expect(updateWave({ viewer: editor, id, expectedVersion: 1, input: waveForm() })).rejects.toBeInstanceOf(ConflictError);
    const closed = await setWaveClosed({ viewer: editor, id, expectedVersion: 2, closed: true });
    await expect(setWaveClosed({ viewer: editor, id, expectedVersion: closed.version, closed: true })).rejects.toMatchObject({
      fieldErrors: { change: ["waveAlreadyClosed"] },
    });
    await setWaveClosed({ viewer: editor, id, expectedVersion: closed.version, closed: false });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual(["wave.create", "wave.update", "wave.close", "wave.reopen"]);
    const [, update] = await auditOf(id);
    expect(update).toMatchObject({ actorId: editor.id, before: { akimatIds: [region] }, after: { akimatIds: [region, city], includeDistricts: true } });
  });

  it("refuses a due day before the opening day and a wave without akimats or platforms", () => {
    const parsed = WaveInput.safeParse({ name: "x", opensOn: "2026-08-10", dueOn: "2026-08-01", akimatIds: "", platforms: "" });
    expect(parsed.success).toBe(false);
    expect(Object.keys(parsed.error!.flatten().fieldErrors).sort()).toEqual(["akimatIds", "dueOn", "platforms"]);
  });

  it("gives reporters akimats or officials in its scope only, and takes them back", async () => {
    const { id } = await planWave({ viewer: editor, input: waveForm({ includeDistricts: "yes" }) });
    const assign = (target: string, expectedVersion: number) =>
      assignWave({ viewer: editor, id, expectedVersion, input: WaveAssignmentInput.parse({ reporterId: reporter.id, target }) });
    const first = await assign(`akimat:${district}`, 1);
    const second = await assign(`official:${districtAkim}`, first.version);
    await expect(assign(`official:${elsewhere}`, second.version)).rejects.toMatchObject({ fieldErrors: { target: ["notInWave"] } });
    await expect(assign(`akimat:${district}`, second.version)).rejects.toMatchObject({ fieldErrors: { target: ["alreadyAssigned"] } });
    // Leaving the districts out would strand the district's assignment: refused until it is taken back.
    await expect(updateWave({ viewer: editor, id, expectedVersion: second.version, input: waveForm() })).rejects.toMatchObject({
      fieldErrors: { akimatIds: ["assignedOutsideScope"] },
    });
    const assignments = await db.waveAssignment.findMany({ where: { waveId: id }, orderBy: { createdAt: "asc" } });
    let version = second.version;
    for (const assignment of assignments) version = (await unassignWave({ viewer: editor, id, expectedVersion: version, assignmentId: assignment.id })).version;
    const narrowed = await updateWave({ viewer: editor, id, expectedVersion: version, input: waveForm() });
    // Without its districts the wave covers the region alone: a district is no longer there to give.
    await expect(assign(`akimat:${district}`, narrowed.version)).rejects.toMatchObject({ fieldErrors: { target: ["notInWave"] } });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      "wave.create",
      "wave.assign",
      "wave.assign",
      "wave.unassign",
      "wave.unassign",
      "wave.update",
    ]);
  });
});

describe("observations in a wave", () => {
  it("go into an open wave that covers the official on the platform, or outside any wave", async () => {
    const wave = await createWave(db, { akimatIds: [region], includeDistricts: true, platforms: ["INSTAGRAM"] });
    const cityOnly = await createWave(db, { akimatIds: [city], platforms: ["INSTAGRAM"] });
    const closed = await createWave(db, { akimatIds: [region], closedAt: new Date() });
    expect((await listOpenWavesFor({ viewer: reporter, officialId: districtAkim, platform: "INSTAGRAM" })).map((w) => w.id)).toContain(wave.id);
    expect((await listOpenWavesFor({ viewer: reporter, officialId: districtAkim, platform: "INSTAGRAM" })).map((w) => w.id)).not.toContain(cityOnly.id);
    expect((await listOpenWavesFor({ viewer: reporter, officialId: regionDeputy, platform: "INSTAGRAM" })).map((w) => w.id)).not.toContain(closed.id);

    const inWave = await recordObservation({ viewer: reporter, input: observation({ waveId: wave.id }) });
    expect(await db.observation.findUniqueOrThrow({ where: { id: inWave.id } })).toMatchObject({ waveId: wave.id });
    const outside = await recordObservation({ viewer: reporter, input: observation({}) });
    expect((await db.observation.findUniqueOrThrow({ where: { id: outside.id } })).waveId).toBeNull();

    await expect(recordObservation({ viewer: reporter, input: observation({ waveId: closed.id }) })).rejects.toMatchObject({
      fieldErrors: { waveId: ["waveClosed"] },
    });
    await expect(recordObservation({ viewer: reporter, input: observation({ waveId: cityOnly.id }) })).rejects.toMatchObject({
      fieldErrors: { waveId: ["waveNotCovering"] },
    });
    await expect(recordObservation({ viewer: reporter, input: observation({ waveId: wave.id, platform: "FACEBOOK" }) })).rejects.toMatchObject({
      fieldErrors: { waveId: ["waveNotCovering"] },
    });
    await expect(recordObservation({ viewer: reporter, input: observation({ waveId: "no-such-wave" }) })).rejects.toMatchObject({
      fieldErrors: { waveId: ["unknownOption"] },
    });

    // A draft moves out of a wave, and not into one closed meanwhile.
    await db.wave.update({ where: { id: wave.id }, data: { closedAt: new Date() } });
    await expect(updateObservation({ viewer: reporter, id: inWave.id, expectedVersion: 1, input: observation({ waveId: wave.id }) })).rejects.toMatchObject({
      fieldErrors: { waveId: ["waveClosed"] },
    });
    await updateObservation({ viewer: reporter, id: inWave.id, expectedVersion: 1, input: observation({}) });
    expect((await db.observation.findUniqueOrThrow({ where: { id: inWave.id } })).waveId).toBeNull();
  });

  it("a wave's account must still be the official's", async () => {
    const wave = await createWave(db, { akimatIds: [region] });
    const account = await createAccount(db, { officialId: regionDeputy });
    const saved = await recordObservation({ viewer: reporter, input: observation({ waveId: wave.id, existence: "FOUND", accountId: account.id }) });
    expect(saved.status).toBe("DRAFT");
  });
});
