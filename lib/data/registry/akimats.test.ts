import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAkimat as buildAkimat, createOfficial as buildOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { AkimatInput } from "@/lib/validation/akimat-input";
import { EndInput } from "@/lib/validation/end-input";
import { ConflictError, FieldError } from "../errors";
import { createAkimat, endAkimat, updateAkimat } from "./akimats";

withTestDatabase();

let reporter: Viewer;
let editor: Viewer;
let regionId: string;
const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
const akimat = (fields: Record<string, string> = {}) =>
  AkimatInput.parse({ name: "Акимат города Петропавловска", level: "CITY", parentId: regionId, ...fields });
const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  regionId = (await buildAkimat(db, { slug: "sko", name: "Акимат Северо-Казахстанской области", level: "REGION" })).id;
});

describe("akimats in the registry", () => {
  it("creates an akimat with a slug made from its name, and its audit entry", async () => {
    const { id } = await createAkimat({ viewer: editor, input: akimat({ nameKk: "Петропавл қаласының әкімдігі" }) });
    const saved = await db.akimat.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      slug: "akimat-goroda-petropavlovska",
      level: "CITY",
      parentId: regionId,
      nameKk: "Петропавл қаласының әкімдігі",
      nameEn: null,
      version: 1,
    });
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({ action: "akimat.create", entity: "akimat", actorId: editor.id, after: { name: "Акимат города Петропавловска" } });

    // The same name again gets a numbered slug; a slug typed by the editor must be free.
    const second = await createAkimat({ viewer: editor, input: akimat() });
    expect((await db.akimat.findUniqueOrThrow({ where: { id: second.id } })).slug).toBe("akimat-goroda-petropavlovska-2");
    await expect(createAkimat({ viewer: editor, input: akimat({ slug: "sko" }) })).rejects.toMatchObject({ fieldErrors: { slug: ["slugTaken"] } });
  });

  it("refuses reporters", async () => {
    await expect(createAkimat({ viewer: reporter, input: akimat() })).rejects.toThrow(/Not allowed/);
  });

  it("keeps akimats under one of a higher level only", async () => {
    await expect(createAkimat({ viewer: editor, input: akimat({ level: "REGION" }) })).rejects.toMatchObject({ fieldErrors: { parentId: ["parentLevel"] } });
    await expect(createAkimat({ viewer: editor, input: akimat({ parentId: "no-such-akimat" }) })).rejects.toMatchObject({
      fieldErrors: { parentId: ["unknownOption"] },
    });
    const city = await createAkimat({ viewer: editor, input: akimat({ name: "Акимат города Кокшетау" }) });
    await createAkimat({ viewer: editor, input: akimat({ name: "Акимат района Кокшетау", level: "DISTRICT", parentId: city.id }) });
    // The city cannot become a district while a district sits under it.
    await expect(
      updateAkimat({ viewer: editor, id: city.id, expectedVersion: 1, input: akimat({ name: "Акимат города Кокшетау", level: "DISTRICT" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { level: ["levelAboveChildren"] },
    });
  });

  it("edits with optimistic locking, and audits the change", async () => {
    const { id } = await createAkimat({ viewer: editor, input: akimat({ name: "Акимат города Тайынша", slug: "tayynsha" }) });
    const edited = await updateAkimat({
      viewer: editor,
      id,
      expectedVersion: 1,
      input: akimat({ name: "Акимат города Тайынша", nameEn: "Tayynsha City Akimat", slug: "tayynsha" }),
    });
    expect(edited.version).toBe(2);
    await expect(updateAkimat({ viewer: editor, id, expectedVersion: 1, input: akimat({ name: "Устаревшее название" }) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(updateAkimat({ viewer: reporter, id, expectedVersion: 2, input: akimat() })).rejects.toThrow(/Not allowed/);
    expect((await db.akimat.findUniqueOrThrow({ where: { id } })).nameEn).toBe("Tayynsha City Akimat");
    const trail = await auditOf(id);
    expect(trail.map((entry) => entry.action)).toEqual(["akimat.create", "akimat.update"]);
    expect(trail[1]).toMatchObject({ before: { nameEn: null, version: 1 }, after: { nameEn: "Tayynsha City Akimat", version: 2 } });
  });

  it("ends an akimat, keeps it, and ends the posts still held in it", async () => {
    const { id } = await createAkimat({ viewer: editor, input: akimat({ name: "Акимат района Шал акына", level: "DISTRICT" }) });
    const official = await buildOfficial(db, { fullName: "Болат Ахметов", akimatId: id, position: { title: "AKIM", startedOn: new Date("2022-03-01") } });
    const past = await db.position.create({ data: { officialId: official.id, akimatId: id, title: "DEPUTY_AKIM", endedOn: new Date("2021-01-10") } });

    await expect(endAkimat({ viewer: reporter, id, expectedVersion: 1, input: EndInput.parse({ endedOn: "2024-12-31" }) })).rejects.toThrow(/Not allowed/);
    await expect(endAkimat({ viewer: editor, id, expectedVersion: 1, input: EndInput.parse({ endedOn: "2022-01-01" }) })).rejects.toMatchObject({
      fieldErrors: { endedOn: ["akimatEndBeforePositionStart"] },
    });
    const ended = await endAkimat({ viewer: editor, id, expectedVersion: 1, input: EndInput.parse({ endedOn: "2024-12-31" }) });
    expect(ended).toMatchObject({ version: 2, positionsEnded: 1 });

    const positions = await db.position.findMany({ where: { akimatId: id }, orderBy: { createdAt: "asc" } });
    expect(positions.map((p) => p.endedOn?.toISOString().slice(0, 10))).toEqual(["2024-12-31", "2021-01-10"]);
    expect((await db.akimat.findUniqueOrThrow({ where: { id } })).endedOn?.toISOString().slice(0, 10)).toBe("2024-12-31");
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual(["akimat.create", "akimat.end"]);
    expect((await auditOf(positions[0]!.id)).map((entry) => entry.action)).toEqual(["position.end"]);
    expect(await auditOf(past.id)).toEqual([]);

    await expect(endAkimat({ viewer: editor, id, expectedVersion: 1, input: EndInput.parse({ endedOn: "2024-12-31" }) })).rejects.toBeInstanceOf(ConflictError);
    await expect(endAkimat({ viewer: editor, id, expectedVersion: 2, input: EndInput.parse({ endedOn: "2024-12-31" }) })).rejects.toBeInstanceOf(FieldError);
  });
});
