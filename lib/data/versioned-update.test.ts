import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ConflictError, NotFoundError } from "./errors";
import { loadForWrite } from "./load-for-write";
import { assertVersion, versionedUpdate } from "./versioned-update";

withTestDatabase();

let editorId: string;
const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  editorId = (await createUser(db, { role: "EDITOR" })).id;
});

describe("loadForWrite", () => {
  it("loads the whole record, and answers NotFound for a missing or malformed id without failing the query", async () => {
    const official = await createOfficial(db, { fullName: "Ержан Мустафин" });
    await db.$transaction(async (tx) => {
      expect(await loadForWrite(tx, "official", official.id)).toEqual(official);
      await expect(loadForWrite(tx, "official", "nosuchofficial")).rejects.toThrow(new NotFoundError("official"));
      await expect(loadForWrite(tx, "position", "bad\u0000id")).rejects.toThrow(new NotFoundError("position"));
      await expect(loadForWrite(tx, "account", "")).rejects.toBeInstanceOf(NotFoundError);
      // Still usable: nothing reached PostgreSQL that made it abort the transaction.
      expect((await loadForWrite(tx, "official", official.id)).id).toBe(official.id);
    });
  });

  it("loads a user without its password hash, so that no edit can return it or write it to the audit trail", async () => {
    const user = await createUser(db, { role: "REPORTER" });
    const loaded = await db.$transaction((tx) => loadForWrite(tx, "user", user.id));
    expect(loaded).toMatchObject({ id: user.id, email: user.email, role: "REPORTER", version: user.version });
    expect(loaded).not.toHaveProperty("passwordHash");
  });
});

describe("versionedUpdate", () => {
  it("writes the change on the version read, bumps it, and audits before and after", async () => {
    const official = await createOfficial(db, { fullName: "Айдос Сапаров" });
    const after = await db.$transaction(async (tx) => {
      const before = await loadForWrite(tx, "official", official.id);
      assertVersion(before, 1);
      return versionedUpdate(tx, {
        entity: "official",
        before,
        expectedVersion: before.version,
        changes: { fullName: "Айдос Сапаров-Жанов" },
        actorId: editorId,
        action: "official.update",
      });
    });
    expect(after).toMatchObject({ id: official.id, fullName: "Айдос Сапаров-Жанов", version: 2 });
    expect(await auditOf(official.id)).toMatchObject([
      {
        action: "official.update",
        entity: "official",
        actorId: editorId,
        before: { fullName: "Айдос Сапаров", version: 1 },
        after: { fullName: "Айдос Сапаров-Жанов", version: 2 },
      },
    ]);
  });

  it("adds facts kept beside the record (a review's comment) to its audit entry", async () => {
    const author = await createUser(db, { role: "REPORTER" });
    const { id: officialId } = await createOfficial(db);
    const observation = await createObservation(db, { officialId, authorId: author.id, status: "SUBMITTED" });
    await db.$transaction(async (tx) => {
      const before = await loadForWrite(tx, "observation", observation.id);
      const changes = { status: "APPROVED" as const, reviewerId: editorId, reviewedAt: new Date() };
      await versionedUpdate(tx, {
        entity: "observation",
        before,
        expectedVersion: before.version,
        changes,
        actorId: editorId,
        action: "observation.approve",
        auditExtra: { reviewComment: null },
      });
    });
    const [entry] = await auditOf(observation.id);
    expect(entry).toMatchObject({ before: { status: "SUBMITTED" }, after: { status: "APPROVED", version: 2, reviewComment: null } });
  });

  it("refuses a stale version with the one there now, and the status of an observation", async () => {
    const author = await createUser(db, { role: "REPORTER" });
    const { id: officialId } = await createOfficial(db);
    const observation = await createObservation(db, { officialId, authorId: author.id, status: "SUBMITTED", version: 3 });
    expect(() => assertVersion(observation, 2)).toThrow(ConflictError);
    expect(() => assertVersion(observation, 2)).toThrow(expect.objectContaining({ currentVersion: 3, currentStatus: "SUBMITTED" }));
    expect(() => assertVersion(observation, 3)).not.toThrow();
  });

  it("refuses a change to a version other than the one the person opened, even when nobody called assertVersion", async () => {
    const official = await createOfficial(db, { fullName: "Ерлан Кошанов" });
    const attempt = db.$transaction(async (tx) => {
      const before = await loadForWrite(tx, "official", official.id);
      return versionedUpdate(tx, {
        entity: "official",
        before,
        expectedVersion: before.version - 1,
        changes: { fullName: "Кто-то" },
        actorId: editorId,
        action: "official.update",
      });
    });
    await expect(attempt).rejects.toMatchObject({ name: "ConflictError", currentVersion: 1 });
    expect(await db.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({ fullName: "Ерлан Кошанов", version: 1 });
  });

  it("is a conflict, not an overwrite, when someone saves between the load and the write", async () => {
    const official = await createOfficial(db, { fullName: "Марат Тасмаганбетов" });
    const attempt = db.$transaction(async (tx) => {
      const before = await loadForWrite(tx, "official", official.id);
      // Another editor's save, landing after this one read the record.
      await tx.official.update({ where: { id: official.id }, data: { fullName: "Марат Тасмагамбетов", version: { increment: 1 } } });
      return versionedUpdate(tx, {
        entity: "official",
        before,
        expectedVersion: before.version,
        changes: { fullName: "Старое имя" },
        actorId: editorId,
        action: "official.update",
      });
    });
    await expect(attempt).rejects.toMatchObject({ name: "ConflictError", currentVersion: 2, currentStatus: undefined });
    expect(await db.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({ fullName: "Марат Тасмаганбетов", version: 1 });
    expect(await auditOf(official.id)).toEqual([]);
  });

  it("is NotFound when the record is gone by the time of the write", async () => {
    const official = await createOfficial(db);
    const attempt = db.$transaction(async (tx) => {
      const before = await loadForWrite(tx, "official", official.id);
      await tx.official.delete({ where: { id: official.id } });
      return versionedUpdate(tx, {
        entity: "official",
        before,
        expectedVersion: before.version,
        changes: { fullName: "Кто-то" },
        actorId: editorId,
        action: "official.update",
      });
    });
    await expect(attempt).rejects.toThrow(new NotFoundError("official"));
  });

  it("writes the audit entry in the caller's transaction: a later failure takes both back", async () => {
    const official = await createOfficial(db, { fullName: "Руслан Алишев" });
    const attempt = db.$transaction(async (tx) => {
      const before = await loadForWrite(tx, "official", official.id);
      await versionedUpdate(tx, {
        entity: "official",
        before,
        expectedVersion: before.version,
        changes: { fullName: "Руслан Алиев" },
        actorId: editorId,
        action: "official.update",
      });
      throw new Error("a later step fails");
    });
    await expect(attempt).rejects.toThrow("a later step fails");
    expect(await db.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({ fullName: "Руслан Алишев", version: 1 });
    expect(await auditOf(official.id)).toEqual([]);
  });
});
