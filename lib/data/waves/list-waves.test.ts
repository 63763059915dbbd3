import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { listWaves, observationsPerWaveSql } from "./list-waves";

withTestDatabase();

let reporter: Viewer;
let akimat: string;
let official: string;

beforeAll(async () => {
  const user = await createUser(db, { role: "REPORTER" });
  reporter = { id: user.id, role: user.role, name: user.name, email: user.email };
  akimat = (await createAkimat(db, { level: "CITY" })).id;
  official = (await createOfficial(db, { akimatId: akimat })).id;
});

describe("the list of waves", () => {
  it("says how many observations each wave holds, and counts none outside any wave", async () => {
    const busy = await createWave(db, { akimatIds: [akimat] });
    const empty = await createWave(db, { akimatIds: [akimat], closedAt: new Date("2024-09-01T00:00:00Z") });
    for (const status of ["DRAFT", "APPROVED", "REJECTED"] as const) {
      await createObservation(db, { officialId: official, platform: "INSTAGRAM", authorId: reporter.id, waveId: busy.id, status });
    }
    await createObservation(db, { officialId: official, platform: "INSTAGRAM", authorId: reporter.id });
    await db.waveAssignment.create({ data: { waveId: busy.id, reporterId: reporter.id, akimatId: akimat } });

    const waves = (await listWaves({ viewer: reporter })).filter((wave) => [busy.id, empty.id].includes(wave.id));
    expect(waves.map((wave) => [wave.id, wave.observations, wave.assignments])).toEqual([
      [busy.id, 3, 1],
      [empty.id, 0, 0],
    ]);
  });

  it("counts each wave's observations on the wave index, not by grouping the whole table", async () => {
    const wave = await createWave(db, { akimatIds: [akimat] });
    await createObservation(db, { officialId: official, platform: "FACEBOOK", authorId: reporter.id, waveId: wave.id });
    // Most observations belong to no wave, as at national scale: only the wave index reaches the waves' few.
    await db.observation.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        officialId: official,
        platform: "FACEBOOK" as const,
        authorId: reporter.id,
        existence: "NOT_FOUND" as const,
        observedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
      })),
    });
    await db.$executeRawUnsafe('ANALYZE "observations"');
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${observationsPerWaveSql([wave.id])}`);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Index (Only )?Scan.*observations_waveId_officialId_platform_accountId_observedA_idx/);
    expect(text).toMatch(/Index Cond: \(\S*"?waveId"? = ANY/);
    expect(text).not.toMatch(/Seq Scan on observations/);
  });
});
