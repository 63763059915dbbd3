import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-changes";

describe("auditChanges", () => {
  it("lists the fields that differ, ignoring bookkeeping", () => {
    expect(
      auditChanges(
        { status: "SUBMITTED", followers: 506, version: 2, updatedAt: "a", tags: ["x"] },
        { status: "APPROVED", followers: 506, version: 3, updatedAt: "b", tags: ["x"] },
      ),
    ).toEqual([{ field: "status", before: "SUBMITTED", after: "APPROVED" }]);
  });

  it("treats a creation as every field new", () => {
    expect(auditChanges(null, { name: "Акимат" })).toEqual([{ field: "name", before: undefined, after: "Акимат" }]);
  });
});
