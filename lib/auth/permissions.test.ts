import { describe, expect, it } from "vitest";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "./permissions";

const reporter: Viewer = { id: "r1", role: "REPORTER", name: "R", email: "r@x" };
const otherReporter: Viewer = { id: "r2", role: "REPORTER", name: "R2", email: "r2@x" };
const editor: Viewer = { id: "e1", role: "EDITOR", name: "E", email: "e@x" };
const admin: Viewer = { id: "a1", role: "ADMIN", name: "A", email: "a@x" };
const own = (status: ReviewStatus) => ({ authorId: "r1", status });

describe("permissions", () => {
  it("denies everything to a signed-out visitor", () => {
    expect(can(null, "newsroom.enter")).toBe(false);
    expect(can(undefined, "observation.view", own("APPROVED"))).toBe(false);
  });

  it.each([
    ["DRAFT", true],
    ["CHANGES_REQUESTED", true],
    ["SUBMITTED", false],
    ["APPROVED", false],
    ["REJECTED", false],
    ["RETRACTED", false],
  ] as const)("lets a reporter edit their own %s entry: %s", (status, allowed) => {
    expect(can(reporter, "observation.edit", own(status))).toBe(allowed);
    expect(can(otherReporter, "observation.edit", own(status))).toBe(false);
    expect(can(editor, "observation.edit", own(status))).toBe(false);
  });

  it("lets editors approve others' submitted entries, never their own", () => {
    expect(can(editor, "observation.approve", own("SUBMITTED"))).toBe(true);
    expect(can(admin, "observation.approve", own("SUBMITTED"))).toBe(true);
    expect(can(editor, "observation.approve", { authorId: "e1", status: "SUBMITTED" })).toBe(false);
    expect(can(reporter, "observation.approve", { authorId: "r2", status: "SUBMITTED" })).toBe(false);
    expect(can(editor, "observation.approve", own("DRAFT"))).toBe(false);
  });

  it("reviews others' submitted entries only, and retracts only what is published", () => {
    for (const action of ["observation.requestChanges", "observation.reject"] as const) {
      expect(can(editor, action, own("SUBMITTED"))).toBe(true);
      expect(can(editor, action, { authorId: "e1", status: "SUBMITTED" })).toBe(false);
      expect(can(reporter, action, { authorId: "r2", status: "SUBMITTED" })).toBe(false);
      expect(can(editor, action, own("APPROVED"))).toBe(false);
    }
    expect(can(editor, "observation.retract", own("APPROVED"))).toBe(true);
    expect(can(editor, "observation.retract", { authorId: "e1", status: "APPROVED" })).toBe(true);
    expect(can(editor, "observation.retract", own("SUBMITTED"))).toBe(false);
    expect(can(reporter, "observation.retract", own("APPROVED"))).toBe(false);
    expect([reporter, editor, admin].map((v) => can(v, "audit.view"))).toEqual([false, true, true]);
  });

  it("keeps others' unpublished entries from reporters", () => {
    expect(can(otherReporter, "observation.view", own("DRAFT"))).toBe(false);
    expect(can(otherReporter, "observation.view", own("APPROVED"))).toBe(true);
    expect(can(editor, "observation.view", own("DRAFT"))).toBe(true);
  });

  it("gives the review desk to editors and user management to admins", () => {
    expect([reporter, editor, admin].map((v) => can(v, "review.queue"))).toEqual([false, true, true]);
    expect([reporter, editor, admin].map((v) => can(v, "users.manage"))).toEqual([false, false, true]);
  });

  it("lets an admin disable others but not themselves", () => {
    expect([reporter, editor, admin].map((v) => can(v, "user.disable", { id: "r2" }))).toEqual([false, false, true]);
    expect(can(admin, "user.disable", { id: "a1" })).toBe(false);
  });

  it("lets everyone change their own password, nobody else's", () => {
    expect([reporter, editor, admin].map((v) => can(v, "password.change", { id: v.id }))).toEqual([true, true, true]);
    expect(can(admin, "password.change", { id: "r1" })).toBe(false);
  });
});
