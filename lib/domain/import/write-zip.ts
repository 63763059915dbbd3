/**
 * Writes a ZIP. The reader hands read-excel-file a new ZIP of the parts it has unpacked and checked (stored, so
 * there is nothing left to inflate); the tests and the hostile-input bench write XLSX files with it.
 */
import { crc32, deflateRawSync } from "node:zlib";

export type ZipOptions = {
  /** Compress the entries as Excel does (else stored). */
  deflate?: boolean;
  /** For tests only: a size to claim for an entry instead of its real one, in both headers (a ZIP that lies). */
  claimedSize?: (name: string, realSize: number) => number;
};

/** A ZIP of the given entries, names in UTF-8, without data descriptors: enough for any reader. */
export function writeZip(files: Record<string, string | Buffer>, { deflate = false, claimedSize = (_, size) => size }: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const data = deflate ? deflateRawSync(raw, { level: 9 }) : raw;
    const size = claimedSize(name, raw.length);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
