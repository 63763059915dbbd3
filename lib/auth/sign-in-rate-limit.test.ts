import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTestDatabase } from "@/lib/testing/test-database";
import { clearFailedSignIns, recordFailedSignIn, signInRetryAfter } from "./sign-in-rate-limit";

withTestDatabase();

describe("sign-in rate limits, held in the database", () => {
  it("blocks an account after ten failures, whatever the address, until cleared", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await signInRetryAfter("Editor@Demo.Ashyq", `10.0.0.${attempt}`)).toBe(0);
      await recordFailedSignIn("editor@demo.ashyq", `10.0.0.${attempt}`);
    }
    expect(await signInRetryAfter("editor@demo.ashyq", "10.0.0.99")).toBeGreaterThan(60);
    const lockouts = await db.auditEntry.findMany({ where: { action: "user.signInLockout" } });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]!.after).toMatchObject({ email: "editor@demo.ashyq" });
    expect(await signInRetryAfter("reporter@demo.ashyq", "10.0.0.99")).toBe(0);
    await clearFailedSignIns("editor@demo.ashyq");
    expect(await signInRetryAfter("editor@demo.ashyq", "10.0.0.99")).toBe(0);
  });

  it("blocks an address after fifty failures across accounts", async () => {
    for (let attempt = 0; attempt < 50; attempt++) await recordFailedSignIn(`guess${attempt}@x.kz`, "192.0.2.7");
    expect(await signInRetryAfter("someone-else@x.kz", "192.0.2.7")).toBeGreaterThan(0);
  });
});
