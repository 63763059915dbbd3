import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ObservationInput } from "@/lib/validation/observation-input";
import { recordObservation } from "../observations/record-observation";
import { updateObservation } from "../observations/update-observation";
import { findEvidenceFile } from "./find-evidence-file";

withTestDatabase();

let reporter: Viewer;
let otherReporter: Viewer;
let officialId: string;
let accountId: string;
let uploads: string;

beforeAll(async () => {
  uploads = await mkdtemp(path.join(tmpdir(), "ashyq-uploads-"));
  process.env.UPLOAD_DIR = uploads;
  const toViewer = (u: { id: string; role: Viewer["role"]; name: string; email: string }) => ({ id: u.id, role: u.role, name: u.name, email: u.email });
  reporter = toViewer(await createUser(db));
  otherReporter = toViewer(await createUser(db));
  officialId = (await createOfficial(db, { fullName: "Сания Смаилова" })).id;
  accountId = (await createAccount(db, { officialId })).id;
});

const input = (extra: Record<string, string> = {}) =>
  ObservationInput.parse({ officialId, platform: "INSTAGRAM", accountId, observedAt: "2024-08-28T12:00", existence: "FOUND", intent: "draft", ...extra });

async function photoWithLocation(): Promise<File> {
  const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#c0c0c0" } })
    .withExif({ IFD0: { Copyright: "phone of the reporter" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "54/1 52/1 0/1" } })
    .jpeg()
    .toBuffer();
  expect((await sharp(jpeg).metadata()).exif).toBeDefined();
  return new File([new Uint8Array(jpeg)], "screenshot.png", { type: "image/png" });
}

describe("screenshots and links as evidence", () => {
  it("stores a screenshot without its metadata, with a hash and a thumbnail, and source links", async () => {
    const saved = await recordObservation({
      viewer: reporter,
      input: input({ evidenceLinks: "https://web.archive.org/web/2024/https://instagram.com/x\nhttps://instagram.com/x" }),
      screenshots: [await photoWithLocation()],
    });
    const evidence = await db.evidence.findMany({ where: { observationId: saved.id }, orderBy: { kind: "asc" } });
    expect(evidence.map((e) => e.kind).sort()).toEqual(["LINK", "LINK", "SCREENSHOT"]);
    const shot = evidence.find((e) => e.kind === "SCREENSHOT")!;
    // Checked by content: a JPEG named .png is stored as the JPEG it is.
    expect(shot).toMatchObject({ mimeType: "image/jpeg", width: 640, height: 400, caption: "screenshot.png" });
    const stored = await readFile(path.join(uploads, shot.storageKey!));
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    const { createHash } = await import("node:crypto");
    expect(createHash("sha256").update(stored).digest("hex")).toBe(shot.sha256);
    expect((await sharp(await readFile(path.join(uploads, shot.thumbnailKey!))).metadata()).format).toBe("webp");

    expect(await findEvidenceFile({ viewer: reporter, id: shot.id, thumbnail: false })).toMatchObject({ mimeType: "image/jpeg" });
    expect(await findEvidenceFile({ viewer: otherReporter, id: shot.id, thumbnail: false })).toBeNull();
  });

  it("refuses a file that is not an image, naming it, and leaves nothing behind", async () => {
    const before = (await readdir(uploads)).length;
    const fake = new File([new TextEncoder().encode("<svg onload=alert(1)></svg>")], "evil.png", { type: "image/png" });
    await expect(recordObservation({ viewer: reporter, input: input(), screenshots: [fake] })).rejects.toMatchObject({
      fieldErrors: { screenshots: ["fileNotImage:evil.png"] },
    });
    const truncated = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])], "broken.jpg");
    await expect(recordObservation({ viewer: reporter, input: input(), screenshots: [truncated] })).rejects.toMatchObject({
      fieldErrors: { screenshots: ["fileNotImage:broken.jpg"] },
    });
    expect((await readdir(uploads)).length).toBe(before);
  });

  it("keeps at most ten screenshots, and removes one on request", async () => {
    const files = await Promise.all(Array.from({ length: 10 }, () => photoWithLocation()));
    const saved = await recordObservation({ viewer: reporter, input: input(), screenshots: files });
    await expect(
      updateObservation({ viewer: reporter, id: saved.id, expectedVersion: 1, input: input(), screenshots: [await photoWithLocation()] }),
    ).rejects.toMatchObject({
      fieldErrors: { screenshots: ["tooManyFiles:10"] },
    });
    const first = await db.evidence.findFirstOrThrow({ where: { observationId: saved.id, kind: "SCREENSHOT" } });
    await updateObservation({ viewer: reporter, id: saved.id, expectedVersion: 1, input: input(), removeEvidenceIds: [first.id] });
    expect(await db.evidence.count({ where: { observationId: saved.id } })).toBe(9);
    await expect(readFile(path.join(uploads, first.storageKey!))).rejects.toThrow();
  });
});
