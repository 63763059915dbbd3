/**
 * The files the screenshot-bomb benchmark uploads, made here with sharp, so that anyone can rerun it: the issue's
 * bomb (a 1.5 MB JPEG of 16000 × 16000 pixels with an EXIF orientation), a PNG one, the largest screenshot the
 * app accepts, and an ordinary phone screenshot for comparison. All of one colour: decoding costs memory by the
 * pixel whatever the picture, and a uniform one keeps the largest accepted file under the 10 MB limit.
 */
import sharp from "sharp";
import { MAX_SCREENSHOT_PIXELS } from "@/lib/domain/image-type";

export type Upload = { name: string; type: string; bytes: Buffer };

const grey = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#808080" } });

/** Issue 13's file: 256 megapixels in about 1.5 MB, turned by its EXIF orientation (6, as phones write it). */
export async function jpegBomb(): Promise<Upload> {
  return {
    name: "bomb-16000x16000.jpg",
    type: "image/jpeg",
    bytes: await grey(16_000, 16_000).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer(),
  };
}

/** 256 megapixels of one grey in under 1 MB of PNG. */
export async function pngBomb(): Promise<Upload> {
  const pixels = Buffer.alloc(16_000 * 16_000, 0x80);
  return {
    name: "bomb-16000x16000.png",
    type: "image/png",
    bytes: await sharp(pixels, { raw: { width: 16_000, height: 16_000, channels: 1 } })
      .png({ compressionLevel: 9 })
      .toBuffer(),
  };
}

/** Exactly the limit, 5000 × 8000 turned upright to 8000 × 5000: the most image work one accepted file can ask for. */
export async function largestAccepted(): Promise<Upload> {
  if (5000 * 8000 !== MAX_SCREENSHOT_PIXELS) throw new Error(`The limit is now ${MAX_SCREENSHOT_PIXELS} pixels: change the largest accepted file's size`);
  return {
    name: "largest-5000x8000.jpg",
    type: "image/jpeg",
    bytes: await sharp({ create: { width: 5000, height: 8000, channels: 3, background: "#3060a0" } })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer(),
  };
}

/** What reporters really upload: a phone's screenshot, 1080 × 2400. */
export async function phoneScreenshot(): Promise<Upload> {
  return {
    name: "phone-1080x2400.png",
    type: "image/png",
    bytes: await sharp({ create: { width: 1080, height: 2400, channels: 3, background: "#3060a0" } })
      .png()
      .toBuffer(),
  };
}
