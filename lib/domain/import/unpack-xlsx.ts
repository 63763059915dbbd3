/**
 * An XLSX's parts, unpacked within the limits before any XML parser sees them. read-excel-file would inflate
 * whatever the file's local headers lead it to, as far as the data goes: an 18 KB file unpacked to 16 MB, a
 * 300 KB one to 300 MB. Here the central directory's sizes are summed and checked first (nothing is inflated
 * for a file over the limit); then each part is inflated to at most its declared size and checked against
 * its CRC, so a ZIP that understates a size is refused, not unpacked further. read-excel-file then reads a
 * new, stored ZIP of exactly these parts (writeZip), so it has nothing left to inflate.
 */
import { crc32, inflateRawSync } from "node:zlib";
import { MAX_UNPACKED_BYTES } from "./limits";
import { entryData, readZipDirectory, type ZipEntry } from "./zip-directory";

/** The parts read-excel-file reads (its own filter): the XML and its relationships. Pictures and the rest are never unpacked. */
const isRead = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");

type Refusal = { ok: false; problem: "unpackedTooLarge" | "unreadable" };
const unreadable: Refusal = { ok: false, problem: "unreadable" };

/** What reading would unpack, from the central directory alone. */
export function partsToUnpack(bytes: Uint8Array): { ok: true; parts: ZipEntry[] } | Refusal {
  const entries = readZipDirectory(bytes);
  if (!entries) return unreadable;
  const parts = entries.filter((entry) => isRead(entry.name));
  const unpacked = parts.reduce((total, part) => total + part.size, 0);
  if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, problem: "unpackedTooLarge" };
  // Encrypted, or compressed in a way Excel does not write; or a name twice, which readers resolve differently.
  if (parts.some((part) => part.flags & 0x1 || (part.method !== 0 && part.method !== 8))) return unreadable;
  if (new Set(parts.map((part) => part.name)).size !== parts.length) return unreadable;
  return { ok: true, parts };
}

export function unpackXlsx(bytes: Uint8Array): { ok: true; files: Record<string, Buffer> } | Refusal {
  const listed = partsToUnpack(bytes);
  if (!listed.ok) return listed;
  const files: Record<string, Buffer> = {};
  for (const part of listed.parts) {
    const data = entryData(bytes, part);
    if (!data) return unreadable;
    let content: Buffer;
    try {
      // maxOutputLength makes zlib stop (and throw) at the declared size, instead of inflating what a lie hides.
      content = part.method === 0 ? Buffer.from(data) : inflateRawSync(data, { maxOutputLength: Math.max(part.size, 1) });
    } catch {
      return unreadable;
    }
    if (content.length !== part.size || crc32(content) !== part.crc) return unreadable;
    files[part.name] = content;
  }
  return { ok: true, files };
}
