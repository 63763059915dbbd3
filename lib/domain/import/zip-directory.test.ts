import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { writeZip } from "./write-zip";
import { entryData, readZipDirectory } from "./zip-directory";

const FILES = { "[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": "<worksheet>Жусуп</worksheet>".repeat(50) };

describe("readZipDirectory", () => {
  it("lists each entry with its declared sizes, CRC and data, without unpacking", () => {
    const zip = writeZip(FILES, { deflate: true });
    const entries = readZipDirectory(zip)!;
    expect(entries.map(({ name, method, size }) => ({ name, method, size }))).toEqual([
      { name: "[Content_Types].xml", method: 8, size: 8 },
      { name: "xl/worksheets/sheet1.xml", method: 8, size: Buffer.byteLength(FILES["xl/worksheets/sheet1.xml"]) },
    ]);
    const sheet = entries[1]!;
    expect(sheet.crc).toBe(crc32(FILES["xl/worksheets/sheet1.xml"]));
    expect(entryData(zip, sheet)!.length).toBe(sheet.compressedSize);
  });

  it("reads sizes from ZIP64's extra field, which some writers use for any size", () => {
    const zip = Buffer.from(writeZip({ "a.xml": "<a/>" }));
    // Rewrite the one central entry as ZIP64 would: sizes all ones, the real ones in an extra field.
    const directory = zip.readUInt32LE(zip.length - 6);
    const central = Buffer.from(zip.subarray(directory, zip.length - 22));
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(4n, 4);
    extra.writeBigUInt64LE(4n, 12);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(extra.length, 30);
    const rewritten = Buffer.concat([central, extra]);
    const end = Buffer.from(zip.subarray(zip.length - 22));
    end.writeUInt32LE(rewritten.length, 12);
    const zip64 = Buffer.concat([zip.subarray(0, directory), rewritten, end]);
    expect(readZipDirectory(zip64)).toMatchObject([{ name: "a.xml", size: 4, compressedSize: 4 }]);
  });

  it("returns null, never throws, for a cut or damaged file", () => {
    const zip = writeZip(FILES, { deflate: true });
    for (let length = 0; length < zip.length; length++) {
      expect(() => readZipDirectory(zip.subarray(0, length))).not.toThrow();
    }
    for (let at = 0; at < zip.length; at++) {
      const damaged = Buffer.from(zip);
      damaged[at] = 0xff;
      let entries: ReturnType<typeof readZipDirectory> = null;
      expect(() => (entries = readZipDirectory(damaged))).not.toThrow();
      for (const entry of entries ?? []) expect(() => entryData(damaged, entry)).not.toThrow();
    }
    expect(readZipDirectory(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });
});
