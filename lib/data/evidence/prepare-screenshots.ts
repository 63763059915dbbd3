import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { detectScreenshotType, MAX_SCREENSHOT_BYTES, MAX_SCREENSHOT_PIXELS, SCREENSHOT_EXTENSION, type ScreenshotType } from "@/lib/domain/image-type";
import { env } from "@/lib/env";
import { FieldError } from "../errors";
import { withImageSlot } from "./image-work";

export type PreparedScreenshot = {
  storageKey: string;
  thumbnailKey: string;
  mimeType: ScreenshotType;
  byteSize: number;
  sha256: string;
  width: number;
  height: number;
  caption: string;
  bytes: Buffer;
  thumbnail: Buffer;
};

/** Stored outside the web root; served only to the newsroom by app/api/evidence/[id]. */
export function uploadDir(): string {
  return path.resolve(env.UPLOAD_DIR);
}

/**
 * Checks each file by its content, size and pixel count, then re-encodes it: that strips EXIF and every other
 * metadata (a phone's location, a camera's serial), and applies the orientation first so the picture stays upright.
 * The SHA-256 is of the stored file, so that anyone can verify the evidence they are shown.
 * Call it only for a request already authorized, with its official and account checked: this is the costly part.
 */
export async function prepareScreenshots(files: File[]): Promise<PreparedScreenshot[]> {
  const prepared: PreparedScreenshot[] = [];
  for (const file of files) {
    if (file.name.includes("\u0000")) throw new FieldError({ screenshots: ["fileNameInvalid"] });
    const name = file.name.slice(0, 200);
    if (file.size > MAX_SCREENSHOT_BYTES) throw new FieldError({ screenshots: [`fileTooLarge:${name}`] });
    const original = Buffer.from(await file.arrayBuffer());
    const mimeType = detectScreenshotType(original);
    if (!mimeType) throw new FieldError({ screenshots: [`fileNotImage:${name}`] });
    await checkPixelCount(original, name);
    const { image, thumbnail } = await withImageSlot(() => reencode(original, mimeType, name));
    const id = randomUUID();
    prepared.push({
      storageKey: `${id}.${SCREENSHOT_EXTENSION[mimeType]}`,
      thumbnailKey: `${id}.thumb.webp`,
      mimeType,
      byteSize: image.data.length,
      sha256: createHash("sha256").update(image.data).digest("hex"),
      width: image.info.width,
      height: image.info.height,
      caption: name,
      bytes: image.data,
      thumbnail,
    });
  }
  return prepared;
}

/**
 * Decoding allocates every pixel the header claims, and a small file can claim billions. metadata() reads only
 * the header, so a bomb is refused in milliseconds, before it waits for the image slot or takes any memory.
 */
async function checkPixelCount(original: Buffer, name: string): Promise<void> {
  let size;
  try {
    size = await sharp(original).metadata();
  } catch {
    throw new FieldError({ screenshots: [`fileNotImage:${name}`] });
  }
  if (!size.width || !size.height) throw new FieldError({ screenshots: [`fileNotImage:${name}`] });
  if (size.width * size.height > MAX_SCREENSHOT_PIXELS) throw new FieldError({ screenshots: [`imageTooManyPixels:${name}`] });
}

async function reencode(original: Buffer, mimeType: ScreenshotType, name: string) {
  // libvips enforces the same limit itself, should a decoder ever find more pixels than the header said.
  const options = { failOn: "error", limitInputPixels: MAX_SCREENSHOT_PIXELS } as const;
  let image;
  try {
    const pipeline = sharp(original, options).rotate();
    const encoded = mimeType === "image/png" ? pipeline.png() : mimeType === "image/jpeg" ? pipeline.jpeg({ quality: 90 }) : pipeline.webp({ quality: 90 });
    image = await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw new FieldError({ screenshots: [`fileNotImage:${name}`] });
  }
  const thumbnail = await sharp(image.data, options).resize({ width: 480, withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
  return { image, thumbnail };
}

/** Written before the database transaction; removed again if it fails, so no file is left without a row. */
export async function writeScreenshots(screenshots: PreparedScreenshot[]): Promise<() => Promise<void>> {
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const remove = async () => {
    await Promise.all(written.map((file) => rm(file, { force: true })));
  };
  try {
    for (const shot of screenshots) {
      for (const [key, data] of [
        [shot.storageKey, shot.bytes],
        [shot.thumbnailKey, shot.thumbnail],
      ] as const) {
        const file = path.join(dir, key);
        await writeFile(file, data, { flag: "wx", mode: 0o600 });
        written.push(file);
      }
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return remove;
}

export async function removeStoredFiles(keys: (string | null)[]): Promise<void> {
  const dir = uploadDir();
  await Promise.all(keys.filter((key): key is string => Boolean(key)).map((key) => rm(path.join(dir, path.basename(key)), { force: true })));
}
