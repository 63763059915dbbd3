/**
 * Decompression bombs in a few hundred bytes: a small real image whose header claims other dimensions. Decoding
 * trusts the header, so the JPEG below makes libjpeg allocate and fill every claimed pixel (its missing data is
 * only a warning): a 16000 × 16000 one costs gigabytes and seconds, as a real 1.5 MB one does (bench/hostile).
 * Tests use these instead of generating the real thing, which takes seconds of its own.
 */
import { crc32 } from "node:zlib";
import sharp from "sharp";

const grey = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#808080" } });

/** A JPEG whose start-of-frame says `width` × `height`, with an EXIF orientation (6: turned, as phones write it). */
export async function jpegClaiming({ width, height, orientation = 6 }: { width: number; height: number; orientation?: number }): Promise<Buffer> {
  const jpeg = Buffer.from(await grey(16, 16).withMetadata({ orientation }).jpeg().toBuffer());
  for (let at = 2; at + 9 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg[at + 1]!;
    // SOF0…SOF15 carry the frame's size; C4 (Huffman tables), C8 and CC are other segments in that range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      jpeg.writeUInt16BE(height, at + 5);
      jpeg.writeUInt16BE(width, at + 7);
      return jpeg;
    }
  }
  throw new Error("sharp made a JPEG without a start-of-frame segment");
}

/** A PNG whose IHDR says `width` × `height`, with its checksum made right, so that only the pixel data is short. */
export async function pngClaiming({ width, height }: { width: number; height: number }): Promise<Buffer> {
  const png = Buffer.from(await grey(8, 8).png().toBuffer());
  // The signature (8 bytes), then IHDR: length (4), type (4), width (4), height (4), 5 more bytes, CRC of type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

export const asUpload = (bytes: Uint8Array, name: string, type = "image/jpeg") => new File([new Uint8Array(bytes)], name, { type });
