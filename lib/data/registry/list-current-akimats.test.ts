import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAkimat, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { listCurrentAkimats } from "./list-current-akimats";

withTestDatabase();

let reporter: Viewer;

beforeAll(async () => {
  const user = await createUser(db, { role: "REPORTER" });
  reporter = { id: user.id, role: user.role, name: user.name, email: user.email };
  const region = await createAkimat(db, { slug: "sko", name: "Акимат Северо-Казахстанской области", level: "REGION" });
  await createAkimat(db, { slug: "petropavlovsk", name: "Акимат города Петропавловска", level: "CITY", parentId: region.id });
  await createAkimat(db, { slug: "akmola", name: "Акимат Акмолинской области", level: "REGION" });
  const ended = await createAkimat(db, { slug: "old-district", name: "Акимат упразднённого района", level: "DISTRICT", parentId: region.id });
  await db.akimat.update({ where: { id: ended.id }, data: { endedOn: new Date("2020-01-01") } });
});

describe("listCurrentAkimats", () => {
  it("lists the akimats that exist today, regions first by name, each with its parent", async () => {
    const akimats = await listCurrentAkimats({ viewer: reporter });
    expect(akimats.map((akimat) => akimat.slug)).toEqual(["akmola", "sko", "petropavlovsk"]);
    const sko = akimats.find((akimat) => akimat.slug === "sko")!;
    expect(akimats.find((akimat) => akimat.slug === "petropavlovsk")).toMatchObject({ level: "CITY", parentId: sko.id });
    expect(sko.parentId).toBeNull();
  });

  it("is refused without a viewer", async () => {
    await expect(listCurrentAkimats({ viewer: null as unknown as Viewer })).rejects.toThrow();
  });
});
