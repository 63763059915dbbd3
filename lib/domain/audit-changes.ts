/**
 * The fields an audit entry's before and after differ in, for reading a trail without reading JSON.
 * Bookkeeping columns that change on every write are left out.
 */
const BOOKKEEPING = new Set(["updatedAt", "version"]);

export type AuditChange = { field: string; before: unknown; after: unknown };

export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const asRecord = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const a = asRecord(before);
  const b = asRecord(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}
