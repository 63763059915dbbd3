import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { xlsxFile } from "@/lib/testing/test-xlsx";
import { seedStory } from "@/prisma/seed-story";
import { confirmImport } from "./confirm-import";
import { createImport } from "./create-import";
import { dryRunImport } from "./plan-import";
import { readSpreadsheet } from "./read-spreadsheet";

/** Lets a test make the last write of a confirmation fail, to see that nothing before it stays. */
const failing = vi.hoisted(() => ({ next: false }));
vi.mock("./write-import-audit", async (original) => {
  const actual = await original<typeof import("./write-import-audit")>();
  return {
    ...actual,
    writeImportAuditEntries: async (...args: Parameters<typeof actual.writeImportAuditEntries>) => {
      if (failing.next) {
        failing.next = false;
        throw new Error("the disk is full");
      }
      return actual.writeImportAuditEntries(...args);
    },
  };
});

withTestDatabase();

let editor: Viewer;
beforeAll(async () => {
  const reporter = await createUser(db);
  const user = await createUser(db, { role: "EDITOR" });
  editor = { id: user.id, role: user.role, name: user.name, email: user.email };
  await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
});

/** A district akimat with its akim, in an XLSX with English headers, plus a row about the story's regional akim. */
const REGISTRY = xlsxFile([
  ["Akimat", "Akimat level", "Parent akimat", "Full name", "Title", "Started on", "Platform", "URL"],
  [
    "Акимат района Магжана Жумабаева",
    "District",
    "Акимат Северо-Казахстанской области",
    "Айдос Сапаров",
    "Аким",
    new Date(Date.UTC(2023, 2, 1)),
    "Instagram",
    "instagram.com/saparov",
  ],
  ["Акимат района Магжана Жумабаева", "District", "sko", "Айдос Сапаров", "Аким", new Date(Date.UTC(2023, 2, 1)), "Facebook", ""],
  ["sko", "", "", "Гауез Нурмухамбетов", "Аким", "", "Instagram", "https://instagram.com/nurmukhambetov"],
  ["", "", "", "Жумагулoв", "", "", "", ""],
]);

async function upload(bytes: Uint8Array) {
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.problem);
  return createImport({ viewer: editor, kind: "REGISTRY", fileName: "registry.xlsx", bytes, sheet: read.sheet });
}

const totals = async () => ({
  akimats: await db.akimat.count(),
  officials: await db.official.count(),
  positions: await db.position.count(),
  accounts: await db.account.count(),
});

describe("importing the registry", () => {
  it("writes nothing at all when the confirmation fails halfway", async () => {
    const before = await totals();
    const { id } = await upload(REGISTRY);
    failing.next = true;
    await expect(confirmImport({ viewer: editor, id, expectedVersion: 1 })).rejects.toThrow("the disk is full");
    expect(await totals()).toEqual(before);
    expect(await db.import.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", confirmedAt: null });
  });

  it("adds the akimat, the official, the post and the accounts once; fills the blank it can; reports the bad row", async () => {
    const before = await totals();
    const { id } = await upload(REGISTRY);
    const report = await dryRunImport({ viewer: editor, id });
    expect(report.errors).toEqual([{ row: 5, column: "Full name", value: "Жумагулoв", message: "cyrillicName" }]);
    expect(report.counts).toMatchObject({
      akimat: { create: 1, unchanged: 1 },
      official: { create: 1, unchanged: 1 },
      position: { create: 1, unchanged: 1 },
      account: { create: 2, update: 1 },
    });
    await confirmImport({ viewer: editor, id, expectedVersion: 1 });
    expect(await totals()).toEqual({
      akimats: before.akimats + 1,
      officials: before.officials + 1,
      positions: before.positions + 1,
      accounts: before.accounts + 2,
    });

    const district = await db.akimat.findFirstOrThrow({ where: { name: "Акимат района Магжана Жумабаева" }, include: { parent: true } });
    expect(district).toMatchObject({ level: "DISTRICT", slug: "akimat-rayona-magzhana-zhumabayeva", parent: { slug: "sko" } });
    const saparov = await db.official.findFirstOrThrow({
      where: { fullName: "Айдос Сапаров" },
      include: { positions: true, accounts: { orderBy: { platform: "asc" } } },
    });
    expect(saparov).toMatchObject({ fullNameLatin: "Aydos Saparov", positions: [{ title: "AKIM", akimatId: district.id }] });
    expect(saparov.positions[0]!.startedOn!.toISOString().slice(0, 10)).toBe("2023-03-01");
    expect(saparov.accounts.map((a) => [a.platform, a.url])).toEqual([
      ["FACEBOOK", null],
      ["INSTAGRAM", "https://instagram.com/saparov"],
    ]);
    const filled = await db.account.findFirstOrThrow({ where: { official: { fullName: "Гауез Нурмухамбетов" }, platform: "INSTAGRAM" } });
    expect(filled).toMatchObject({ url: "https://instagram.com/nurmukhambetov", version: 2 });
    expect(await db.auditEntry.count({ where: { action: "account.importUpdate", entityId: filled.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "official.import", entityId: saparov.id } })).toBe(1);
  });

  it("creates no duplicates when the same registry is imported again", async () => {
    const before = await totals();
    const { id } = await upload(REGISTRY);
    const report = await dryRunImport({ viewer: editor, id });
    expect(report.counts.akimat.create + report.counts.official.create + report.counts.position.create + report.counts.account.create).toBe(0);
    expect(report.counts.account.update).toBe(0);
    await confirmImport({ viewer: editor, id, expectedVersion: 1 });
    expect(await totals()).toEqual(before);
  });
});
