/**
 * The central directory of a ZIP (an XLSX is one), read from the end of the file without unpacking anything:
 * each entry's name, method, declared sizes, CRC and where its data is. It is what says, before any work is
 * done, how large an XLSX would be once unpacked. ZIP64 fields are read too (some writers use them for any
 * size). Returns null for anything that is not a well-formed directory.
 */

export type ZipEntry = { name: string; method: number; flags: number; crc: number; compressedSize: number; size: number; localOffset: number };

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === -1) return null;
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === FULL32 || offset === FULL32) {
    const zip64 = readEnd64(view, end);
    if (!zip64) return null;
    ({ count, size, offset } = zip64);
  }
  const limit = offset + size;
  if (limit > view.byteLength) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > limit || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > limit) return null;
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (!applyZip64Extra(view, at + 46 + nameLength, extraLength, entry)) return null;
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** An entry's data as stored (compressed or not), found through its local header; null if it lies outside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= view.byteLength ? bytes.subarray(start, end) : null;
}

/** The end-of-directory record: the last one whose comment fits in the file (a comment may be up to 64 KB). */
function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

function readEnd64(view: DataView, end: number): { count: number; size: number; offset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== END64_LOCATOR) return null;
  const at = safeNumber(view.getBigUint64(locator + 8, true));
  if (at === null || at + 56 > view.byteLength || view.getUint32(at, true) !== END64) return null;
  const count = safeNumber(view.getBigUint64(at + 32, true));
  const size = safeNumber(view.getBigUint64(at + 40, true));
  const offset = safeNumber(view.getBigUint64(at + 48, true));
  return count === null || size === null || offset === null ? null : { count, size, offset };
}

/** ZIP64's extra field holds, in this order, each of the three values whose 32-bit field is all ones. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): boolean {
  const wanted = (["size", "compressedSize", "localOffset"] as const).filter((field) => entry[field] === FULL32);
  if (wanted.length === 0) return true;
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const dataLength = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      if (dataLength < wanted.length * 8 || at + 4 + dataLength > start + length) return false;
      for (const [i, field] of wanted.entries()) {
        const value = safeNumber(view.getBigUint64(at + 4 + i * 8, true));
        if (value === null) return false;
        entry[field] = value;
      }
      return true;
    }
    at += 4 + dataLength;
  }
  return false;
}
