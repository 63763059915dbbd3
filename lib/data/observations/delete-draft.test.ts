import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ConflictError } from "../errors";
import { uploadDir } from "../evidence/prepare-screenshots";
import { deleteDraft } from "./delete-draft";

withTestDatabase();

const asViewer = (u: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({ id: u.id, role: u.role, name: u.name, email: u.email });
let author: Viewer;
let colleague: Viewer;
let editor: Viewer;
let officialId: string;
let accountId: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = path.join(process.env.TMPDIR ?? "/tmp", `ashyq-delete-draft-${process.pid}`);
  author = asViewer(await createUser(db, { role: "REPORTER" }));
  colleague = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  officialId = (await createOfficial(db)).id;
  accountId = (await createAccount(db, { officialId })).id;
});

async function draftWithScreenshot(status: "DRAFT" | "SUBMITTED" = "DRAFT") {
  const observation = await createObservation(db, { officialId, accountId, authorId: author.id, status });
  const storageKey = `${crypto.randomUUID()}.png`;
  await db.evidence.create({ data: { observationId: observation.id, kind: "SCREENSHOT", storageKey, thumbnailKey: null, mimeType: "image/png" } });
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(path.join(uploadDir(), storageKey), "png");
  return { observation, file: path.join(uploadDir(), storageKey) };
}

describe("deleting a draft", () => {
  it("takes the draft, its screenshot rows and files, and leaves what it held in the audit trail", async () => {
    const { observation, file } = await draftWithScreenshot();
    await deleteDraft({ viewer: author, id: observation.id, expectedVersion: observation.version });
    expect(await db.observation.findUnique({ where: { id: observation.id } })).toBeNull();
    expect(await db.evidence.count({ where: { observationId: observation.id } })).toBe(0);
    expect(existsSync(file)).toBe(false);
    const audit = await db.auditEntry.findFirst({ where: { entity: "observation", entityId: observation.id, action: "observation.delete" } });
    expect(audit?.actorId).toBe(author.id);
    expect(audit?.before).toMatchObject({ id: observation.id, status: "DRAFT" });
  });

  it("is the author's alone, and only for a draft nobody has seen", async () => {
    const { observation, file } = await draftWithScreenshot();
    for (const viewer of [colleague, editor])
      await expect(deleteDraft({ viewer, id: observation.id, expectedVersion: observation.version })).rejects.toThrow(ForbiddenError);
    const submitted = (await draftWithScreenshot("SUBMITTED")).observation;
    await expect(deleteDraft({ viewer: author, id: submitted.id, expectedVersion: submitted.version })).rejects.toThrow(ForbiddenError);
    expect(await db.observation.count({ where: { id: { in: [observation.id, submitted.id] } } })).toBe(2);
    expect(existsSync(file)).toBe(true);
  });

  it("refuses a draft saved since it was opened: a conflict, nothing deleted", async () => {
    const { observation } = await draftWithScreenshot();
    await db.observation.update({ where: { id: observation.id }, data: { version: { increment: 1 } } });
    await expect(deleteDraft({ viewer: author, id: observation.id, expectedVersion: observation.version })).rejects.toThrow(ConflictError);
    expect(await db.observation.findUnique({ where: { id: observation.id } })).not.toBeNull();
  });
});
