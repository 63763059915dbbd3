import { describe, expect, it } from "vitest";
import { isRecordId, newRecordId } from "./record-id";

describe("record ids", () => {
  it("makes ids of the kind Prisma's cuid() makes, all different, and takes them", () => {
    const ids = Array.from({ length: 10_000 }, newRecordId);
    expect(ids.filter((id) => !/^c[a-z0-9]{24}$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isRecordId)).toBe(true);
  });

  it("takes both kinds the database holds: cuids, and the UUIDs of imports confirmed by an earlier version", () => {
    expect(isRecordId("cmf3k2x9a0000l80g7h1b2c3d")).toBe(true);
    expect(isRecordId("0b7e3a52-5d7c-4f3e-9a41-2f0c6d8e1b93")).toBe(true);
    expect(isRecordId("0B7E3A52-5D7C-4F3E-9A41-2F0C6D8E1B93")).toBe(true);
  });

  it("refuses anything else", () => {
    for (const value of [
      "",
      "a".repeat(41),
      "0b7e3a52-5d7c-4f3e-9a41-2f0c6d8e1b9",
      "0b7e3a525d7c-4f3e-9a41-2f0c6d8e1b93-",
      "abc\u0000",
      "abc-def",
      null,
      42,
      undefined,
    ]) {
      expect(isRecordId(value), String(value)).toBe(false);
    }
  });
});
