/**
 * What a record's id can look like (Prisma's cuid: letters and digits), as the public official embed already
 * checks. An id from a hidden field or an address that is not one names no record, and must not reach a
 * database lookup: PostgreSQL fails on a null byte instead of finding nothing. Check it first, answer "not found".
 */
const RECORD_ID = /^[a-z0-9]{1,40}$/i;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}
