import { describe, expect, it } from "vitest";
import { canTransition, isAuthorEditable, nextStatus } from "./review-workflow";

describe("review workflow", () => {
  it("lets drafts and returned entries be submitted", () => {
    expect(nextStatus("DRAFT", "submit")).toBe("SUBMITTED");
    expect(nextStatus("CHANGES_REQUESTED", "submit")).toBe("SUBMITTED");
    expect(canTransition("SUBMITTED", "submit")).toBe(false);
  });

  it("reviews only submitted entries", () => {
    for (const transition of ["approve", "requestChanges", "reject"] as const) {
      expect(canTransition("SUBMITTED", transition)).toBe(true);
      expect(canTransition("DRAFT", transition)).toBe(false);
      expect(canTransition("APPROVED", transition)).toBe(false);
    }
  });

  it("retracts only approved entries, and never edits them", () => {
    expect(nextStatus("APPROVED", "retract")).toBe("RETRACTED");
    expect(canTransition("SUBMITTED", "retract")).toBe(false);
    expect(isAuthorEditable("APPROVED")).toBe(false);
    expect(isAuthorEditable("SUBMITTED")).toBe(false);
    expect(isAuthorEditable("DRAFT")).toBe(true);
    expect(() => nextStatus("REJECTED", "approve")).toThrow(/Cannot approve/);
  });
});
