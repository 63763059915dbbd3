import { describe, expect, it } from "vitest";
import { detectScreenshotType } from "./image-type";

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(16).fill(0)]);

describe("detectScreenshotType", () => {
  it("recognises PNG, JPEG and WebP by their signatures", () => {
    expect(detectScreenshotType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(detectScreenshotType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(detectScreenshotType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses what only pretends to be an image", () => {
    expect(detectScreenshotType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
    expect(detectScreenshotType(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(detectScreenshotType(new TextEncoder().encode("%PDF-1.7"))).toBeNull();
    expect(detectScreenshotType(new Uint8Array())).toBeNull();
    expect(detectScreenshotType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WAVE"))).toBeNull();
  });
});
