/**
 * What an uploaded file really is, from its first bytes: a name or a browser-sent type can lie.
 * Only the formats platforms' screenshots come in are accepted.
 */
export type ScreenshotType = "image/png" | "image/jpeg" | "image/webp";

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);

export function detectScreenshotType(bytes: Uint8Array): ScreenshotType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

export const SCREENSHOT_EXTENSION: Record<ScreenshotType, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

export const MAX_SCREENSHOT_BYTES = 10 * 1024 * 1024;
/**
 * 40 megapixels (8000 × 5000): above any screen's screenshot (an 8K screen is 33), far below what a compressed
 * file can claim (a 1.5 MB JPEG can say 16000 × 16000, 256 megapixels, gigabytes once decoded). Read from the
 * header before anything is decoded; the form's hint says it (lib/i18n/messages/<lang>/observation.json).
 */
export const MAX_SCREENSHOT_PIXELS = 40_000_000;
export const MAX_SCREENSHOTS_PER_OBSERVATION = 10;
