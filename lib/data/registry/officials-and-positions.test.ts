import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAkimat as buildAkimat, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { EndInput } from "@/lib/validation/end-input";
import { OfficialInput } from "@/lib/validation/official-input";
import { PositionInput } from "@/lib/validation/position-input";
import { ConflictError } from "../errors";
import { getOfficial } from "./get-official";
import { createOfficial, updateOfficial } from "./officials";
import { createPosition, endPosition, updatePosition } from "./positions";

withTestDatabase();

let reporter: Viewer;
let editor: Viewer;
let cityId: string;
let endedAkimatId: string;
const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
const position = (fields: Record<string, string> = {}) =>
  PositionInput.parse({ akimatId: cityId, title: "DEPUTY_AKIM", portfolio: "цифровизация", startedOn: "2024-09-02", ...fields });
const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "ADMIN" }));
  cityId = (await buildAkimat(db, { slug: "petropavlovsk", name: "Акимат города Петропавловска", level: "CITY" })).id;
  endedAkimatId = (await buildAkimat(db, { name: "Упразднённый акимат", level: "DISTRICT", endedOn: new Date("2020-01-01") })).id;
});

describe("officials", () => {
  it("creates an official with a Latin name made from the Cyrillic one, and audits it", async () => {
    const { id } = await createOfficial({ viewer: editor, input: OfficialInput.parse({ fullName: "  Қасым   Жұмабаев ", fullNameLatin: "" }) });
    expect(await db.official.findUniqueOrThrow({ where: { id } })).toMatchObject({ fullName: "Қасым Жұмабаев", fullNameLatin: "Kasym Zhumabayev", version: 1 });
    expect(await auditOf(id)).toMatchObject([
      { action: "official.create", entity: "official", actorId: editor.id, after: { fullNameLatin: "Kasym Zhumabayev" } },
    ]);
  });

  it("keeps a Latin name typed by the editor", async () => {
    const { id } = await createOfficial({
      viewer: editor,
      input: OfficialInput.parse({ fullName: "Гауез Нурмухамбетов", fullNameLatin: "Gauez Nurmukhambetov" }),
    });
    expect((await db.official.findUniqueOrThrow({ where: { id } })).fullNameLatin).toBe("Gauez Nurmukhambetov");
  });

  it("refuses a reporter creating or editing an official", async () => {
    await expect(createOfficial({ viewer: reporter, input: OfficialInput.parse({ fullName: "Жусуп Жумагулов" }) })).rejects.toThrow(/Not allowed/);
    const { id } = await createOfficial({ viewer: editor, input: OfficialInput.parse({ fullName: "Жусуп Жумагулов" }) });
    await expect(updateOfficial({ viewer: reporter, id, expectedVersion: 1, input: OfficialInput.parse({ fullName: "Жусуп Жумагулов" }) })).rejects.toThrow(
      /Not allowed/,
    );
  });

  it("renames with optimistic locking, making the Latin name again when it was made from the old name", async () => {
    const { id } = await createOfficial({ viewer: editor, input: OfficialInput.parse({ fullName: "Ержан Мустафин" }) });
    await updateOfficial({
      viewer: editor,
      id,
      expectedVersion: 1,
      input: OfficialInput.parse({ fullName: "Ержан Мұстафин", fullNameLatin: "Yerzhan Mustafin" }),
    });
    await updateOfficial({
      viewer: editor,
      id,
      expectedVersion: 2,
      input: OfficialInput.parse({ fullName: "Ержан Мустафинов", fullNameLatin: "Yerzhan Mustafin" }),
    });
    expect(await db.official.findUniqueOrThrow({ where: { id } })).toMatchObject({
      fullName: "Ержан Мустафинов",
      fullNameLatin: "Yerzhan Mustafinov",
      version: 3,
    });

    await expect(updateOfficial({ viewer: editor, id, expectedVersion: 2, input: OfficialInput.parse({ fullName: "Старое имя" }) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await db.official.findUniqueOrThrow({ where: { id } })).fullName).toBe("Ержан Мустафинов");
    const trail = await auditOf(id);
    expect(trail.map((entry) => entry.action)).toEqual(["official.create", "official.update", "official.update"]);
    expect(trail[2]).toMatchObject({ before: { fullName: "Ержан Мұстафин" }, after: { fullName: "Ержан Мустафинов" } });
  });
});

describe("positions", () => {
  it("adds a post, corrects it, ends it, and keeps it in the history", async () => {
    const { id: officialId } = await createOfficial({ viewer: editor, input: OfficialInput.parse({ fullName: "Айдос Сапаров" }) });
    const { id } = await createPosition({ viewer: editor, officialId, input: position() });
    await updatePosition({ viewer: editor, id, expectedVersion: 1, input: position({ portfolio: "цифровизация и связь" }) });
    await expect(updatePosition({ viewer: editor, id, expectedVersion: 1, input: position() })).rejects.toBeInstanceOf(ConflictError);

    await expect(endPosition({ viewer: editor, id, expectedVersion: 2, input: EndInput.parse({ endedOn: "2024-01-01" }) })).rejects.toMatchObject({
      fieldErrors: { endedOn: ["endBeforeStart"] },
    });
    await expect(endPosition({ viewer: reporter, id, expectedVersion: 2, input: EndInput.parse({ endedOn: "2025-01-15" }) })).rejects.toThrow(/Not allowed/);
    const ended = await endPosition({ viewer: editor, id, expectedVersion: 2, input: EndInput.parse({ endedOn: "2025-01-15" }) });
    expect(ended).toMatchObject({ officialId, version: 3 });
    await expect(endPosition({ viewer: editor, id, expectedVersion: 3, input: EndInput.parse({ endedOn: "2025-01-16" }) })).rejects.toMatchObject({
      fieldErrors: { endedOn: ["alreadyEnded"] },
    });

    const page = await getOfficial({ viewer: reporter, id: officialId });
    expect(page?.currentPositions).toEqual([]);
    expect(page?.pastPositions).toMatchObject([
      { id, title: "DEPUTY_AKIM", portfolio: "цифровизация и связь", akimat: { name: "Акимат города Петропавловска" } },
    ]);
    expect(page?.pastPositions[0]?.endedOn?.toISOString().slice(0, 10)).toBe("2025-01-15");
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual(["position.create", "position.update", "position.end"]);
  });

  it("refuses a current post in an abolished akimat, and accepts a past one there", async () => {
    const { id: officialId } = await createOfficial({ viewer: editor, input: OfficialInput.parse({ fullName: "Марат Тасмаганбетов" }) });
    await expect(createPosition({ viewer: editor, officialId, input: position({ akimatId: endedAkimatId }) })).rejects.toMatchObject({
      fieldErrors: { akimatId: ["akimatEnded"] },
    });
    await createPosition({ viewer: editor, officialId, input: position({ akimatId: endedAkimatId, startedOn: "2015-01-01", endedOn: "2019-03-01" }) });
    await expect(createPosition({ viewer: reporter, officialId, input: position() })).rejects.toThrow(/Not allowed/);
    await expect(createPosition({ viewer: editor, officialId: "no-such-official", input: position() })).rejects.toThrow(/not found/);
  });

  it("lists current posts in order of rank on the official's page", async () => {
    const { id: officialId } = await createOfficial({ viewer: editor, input: OfficialInput.parse({ fullName: "Руслан Алишев" }) });
    await createPosition({ viewer: editor, officialId, input: position({ title: "CHIEF_OF_STAFF" }) });
    await createPosition({ viewer: editor, officialId, input: position({ title: "FIRST_DEPUTY_AKIM" }) });
    const page = await getOfficial({ viewer: reporter, id: officialId });
    expect(page?.currentPositions.map((p) => p.title)).toEqual(["FIRST_DEPUTY_AKIM", "CHIEF_OF_STAFF"]);
    expect(await getOfficial({ viewer: reporter, id: "no-such-official" })).toBeNull();
  });
});
