/**
 * What a record's id can look like, as every page and write checks it. An id from a hidden field or an address
 * that is not one names no record, and must not reach a database lookup: PostgreSQL fails on a null byte
 * instead of finding nothing. Check it first, answer "not found".
 *
 * Two forms exist in the database. Prisma's cuid (letters and digits) is what every path writes. Imports
 * confirmed before that was so gave their records random UUIDs, and an outlet that upgrades still holds them:
 * those stay valid ids, not rewritten (docs/decisions/0009-imported-records.md).
 */
const CUID = /^[a-z0-9]{1,40}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && (CUID.test(value) || UUID.test(value));
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A new id of the kind Prisma's `@default(cuid())` gives, for the rows the import writes in bulk, past Prisma's
 * defaults: "c", the time (so that ids sort roughly by creation, as cuids do), then 16 random characters.
 * 25 letters and digits, like a cuid; 36^16 random values make a collision as unlikely as a cuid's.
 */
export function newRecordId(): string {
  const random = crypto.getRandomValues(new Uint8Array(16));
  // 256 is not a multiple of 36, so a few characters come slightly more often: an id can afford that.
  const tail = Array.from(random, (byte) => BASE36[byte % 36]).join("");
  return `c${Date.now().toString(36).padStart(8, "0")}${tail}`;
}
