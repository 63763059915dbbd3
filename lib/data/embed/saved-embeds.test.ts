import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isSavedEmbedId } from "@/lib/domain/saved-embed";
import { createAkimat, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { SavedEmbedInput } from "@/lib/validation/saved-embed-input";
import { ConflictError, FieldError } from "../errors";
import { getPublicSavedEmbed } from "./get-public-saved-embed";
import { getPublicationVersion } from "./get-publication-version";
import { getSavedEmbed } from "./get-saved-embed";
import { listSavedEmbeds, SAVED_EMBEDS_PAGE_SIZE } from "./list-saved-embeds";
import { createSavedEmbed, updateSavedEmbed } from "./saved-embeds";

// The ids drawn, replaceable by a test that needs a collision; every other test draws at random.
const draws = vi.hoisted(() => ({ next: [] as string[] }));
vi.mock("@/lib/domain/saved-embed", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/domain/saved-embed")>();
  return { ...original, newSavedEmbedId: () => draws.next.shift() ?? original.newSavedEmbedId() };
});

withTestDatabase();

const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
let reporter: Viewer;
let editor: Viewer;
let admin: Viewer;
let officialId: string;
let waveId: string;

const input = (fields: Record<string, string> = {}) =>
  SavedEmbedInput.parse({ view: "/embed/comparison?lang=en&asOf=2024-08-31", headline: "Кто из акимов ведёт соцсети", ...fields });
const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entity: "savedEmbed", entityId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR", name: "Редактор Правок" }));
  admin = asViewer(await createUser(db, { role: "ADMIN" }));
  const akimat = await createAkimat(db, { slug: "sko" });
  officialId = (await createOfficial(db, { fullName: "Серик Мухамедиев", akimatId: akimat.id, position: { title: "AKIM" } })).id;
  waveId = (await createWave(db, { akimatIds: [akimat.id], closedAt: new Date("2024-09-01T00:00:00Z") })).id;
});

describe("saved embeds", () => {
  it("are saved by editors and admins under a short id, with the builder's canonical query, audited", async () => {
    await expect(createSavedEmbed({ viewer: reporter, input: input() })).rejects.toThrow(/Not allowed/);
    const versionBefore = await getPublicationVersion();
    const { id } = await createSavedEmbed({
      viewer: editor,
      input: input({
        // As a hand-made request might send it: out of order, upper case, a parameter the embed ignores.
        view: "/embed/comparison?metric=reach&junk=1&akimats=SKO,petropavlovsk&asOf=2024-08-31&lang=en",
        intro: "  Как часто акимы пишут в соцсетях.  ",
        notes: "Подписчики на 31 августа.\nАккаунт акима закрыт.",
        sourceLine: "Источник: опрос Ashyq",
      }),
    });
    expect(isSavedEmbedId(id)).toBe(true);
    expect(await db.savedEmbed.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "COMPARISON",
      query: "lang=en&akimats=sko,petropavlovsk&asOf=2024-08-31",
      officialId: null,
      headline: "Кто из акимов ведёт соцсети",
      intro: "Как часто акимы пишут в соцсетях.",
      notes: "Подписчики на 31 августа.\nАккаунт акима закрыт.",
      sourceLine: "Источник: опрос Ashyq",
      createdById: editor.id,
      updatedById: editor.id,
      version: 1,
    });
    const [entry, ...more] = await auditOf(id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorId: editor.id, action: "savedEmbed.create", before: null, after: { id, headline: "Кто из акимов ведёт соцсети" } });
    // The publication version moves with the audit entry: the embed's renders are keyed by it.
    expect(await getPublicationVersion()).not.toBe(versionBefore);
    expect((await createSavedEmbed({ viewer: admin, input: input() })).id).not.toBe(id);
  });

  it("keep a card's official and a wave, and refuse a view that names one not there", async () => {
    const card = await createSavedEmbed({ viewer: editor, input: input({ view: `/embed/official/${officialId}?lang=kk&wave=${waveId}` }) });
    expect(await db.savedEmbed.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ kind: "OFFICIAL", officialId, query: `lang=kk&wave=${waveId}` });
    const changes = await createSavedEmbed({ viewer: editor, input: input({ view: `/embed/changes?from=${waveId}&to=2026-12-01&lang=ru` }) });
    expect(await db.savedEmbed.findUniqueOrThrow({ where: { id: changes.id } })).toMatchObject({
      kind: "CHANGES",
      query: `lang=ru&from=${waveId}&to=2026-12-01`,
    });
    for (const view of [
      "/embed/official/cm0nobodyhere?lang=en",
      "/embed/comparison?lang=en&wave=cm0nosuchwave",
      "/embed/changes?from=cm0nosuchwave&to=2026-12-01",
    ]) {
      const refused = createSavedEmbed({ viewer: editor, input: input({ view }) });
      await expect(refused, view).rejects.toBeInstanceOf(FieldError);
      await expect(refused, view).rejects.toMatchObject({ fieldErrors: { view: ["viewGone"] } });
    }
    // The check constraint holds even past the data layer: only a card names an official.
    await expect(
      db.savedEmbed.create({
        data: { id: "zzzzzzzzzz", kind: "COMPARISON", query: "lang=ru", officialId, headline: "x", createdById: editor.id, updatedById: editor.id },
      }),
    ).rejects.toThrow();
  });

  it("draw another id when the one drawn is taken", async () => {
    const { id: taken } = await createSavedEmbed({ viewer: editor, input: input() });
    draws.next = [taken, "k7m2p9q4rs"];
    expect((await createSavedEmbed({ viewer: editor, input: input() })).id).toBe("k7m2p9q4rs");
    expect(draws.next).toEqual([]);
  });

  it("are fixed on the version opened, at the same address, each fix audited; a second editor's stale save is a conflict", async () => {
    const { id } = await createSavedEmbed({ viewer: editor, input: input({ headline: "Кто из акимов ведёт соцесети" }) });
    const versionBefore = await getPublicationVersion();
    const fixed = await updateSavedEmbed({
      viewer: admin,
      id,
      expectedVersion: 1,
      input: input({ headline: "Кто из акимов ведёт соцсети", view: "/embed/comparison?lang=en" }),
    });
    expect(fixed).toEqual({ id, version: 2 });
    expect(await db.savedEmbed.findUniqueOrThrow({ where: { id } })).toMatchObject({
      headline: "Кто из акимов ведёт соцсети",
      query: "lang=en",
      createdById: editor.id,
      updatedById: admin.id,
      version: 2,
    });
    expect(await getPublicationVersion()).not.toBe(versionBefore);
    const [, update] = await auditOf(id);
    expect(update).toMatchObject({
      actorId: admin.id,
      action: "savedEmbed.update",
      before: { headline: "Кто из акимов ведёт соцесети", version: 1 },
      after: { headline: "Кто из акимов ведёт соцсети", version: 2 },
    });
    // The other editor opened version 1: their save is refused, naming the version there now.
    const stale = updateSavedEmbed({ viewer: editor, id, expectedVersion: 1, input: input({ headline: "Другой заголовок" }) });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
    expect((await db.savedEmbed.findUniqueOrThrow({ where: { id } })).headline).toBe("Кто из акимов ведёт соцсети");
    await expect(updateSavedEmbed({ viewer: reporter, id, expectedVersion: 2, input: input() })).rejects.toThrow(/Not allowed/);
    expect(await auditOf(id)).toHaveLength(2);
  });

  it("are listed newest first, a page at a time, for editors only", async () => {
    await db.savedEmbed.deleteMany();
    const base = new Date("2026-12-01T00:00:00Z").getTime();
    for (let index = 0; index < SAVED_EMBEDS_PAGE_SIZE + 3; index++) {
      const { id } = await createSavedEmbed({ viewer: editor, input: input({ headline: `Заголовок ${index}` }) });
      await db.savedEmbed.update({ where: { id }, data: { createdAt: new Date(base + index * 60_000) } });
    }
    await expect(listSavedEmbeds({ viewer: reporter, page: 1 })).rejects.toThrow(/Not allowed/);
    const first = await listSavedEmbeds({ viewer: editor, page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: SAVED_EMBEDS_PAGE_SIZE + 3 });
    expect(first.items.map((item) => item.headline).slice(0, 2)).toEqual([
      `Заголовок ${SAVED_EMBEDS_PAGE_SIZE + 2}`,
      `Заголовок ${SAVED_EMBEDS_PAGE_SIZE + 1}`,
    ]);
    expect(first.items[0]).toMatchObject({
      view: { kind: "comparison", officialId: null, query: "lang=en&asOf=2024-08-31" },
      updatedByName: "Редактор Правок",
    });
    const second = await listSavedEmbeds({ viewer: editor, page: 2 });
    expect(second.items.map((item) => item.headline)).toEqual(["Заголовок 2", "Заголовок 1", "Заголовок 0"]);
    // A page past the end is the last one; nonsense is the first.
    expect((await listSavedEmbeds({ viewer: editor, page: 99 })).page).toBe(2);
    expect((await listSavedEmbeds({ viewer: editor, page: Number.NaN })).page).toBe(1);
  });

  it("are read by the public without who made them, and by editors with it; an id that cannot be one is not looked up", async () => {
    const { id } = await createSavedEmbed({ viewer: editor, input: input({ view: `/embed/official/${officialId}?lang=en`, notes: "Заметка" }) });
    const forReaders = await getPublicSavedEmbed(id);
    expect(forReaders).toEqual({
      id,
      version: 1,
      view: { kind: "official", officialId, query: "lang=en" },
      headline: "Кто из акимов ведёт соцсети",
      intro: null,
      notes: "Заметка",
      sourceLine: null,
    });
    expect(JSON.stringify(forReaders)).not.toContain(editor.id);
    expect(await getSavedEmbed({ viewer: editor, id })).toMatchObject({ id, createdByName: "Редактор Правок", updatedByName: "Редактор Правок" });
    await expect(getSavedEmbed({ viewer: reporter, id })).rejects.toThrow(/Not allowed/);
    for (const missing of ["k7m2p9q4rz", "x\u0000<script>", "K7M2P9Q4RS", id.slice(0, 9), `${id}2`]) {
      expect(await getPublicSavedEmbed(missing), missing).toBeNull();
      expect(await getSavedEmbed({ viewer: editor, id: missing }), missing).toBeNull();
    }
  });
});
