import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTestDatabase } from "@/lib/testing/test-database";
import { clearFailedSignIns, recordFailedSignIn, signInBrakeSeconds, signInRetryAfter } from "./sign-in-rate-limit";

withTestDatabase();

describe("sign-in rate limits, held in the database", () => {
  it("refuses an address after ten failures on an account, and never the account's owner at another address", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await signInRetryAfter("Chief@Demo.Ashyq", "203.0.113.66")).toBe(0);
      await recordFailedSignIn("chief@demo.ashyq", "203.0.113.66");
    }
    expect(await signInRetryAfter("chief@demo.ashyq", "203.0.113.66")).toBeGreaterThan(60);
    // The editor-in-chief, on deadline, at the newsroom's address: slowed down, not refused.
    expect(await signInRetryAfter("chief@demo.ashyq", "198.51.100.7")).toBe(0);
    expect(await signInBrakeSeconds("chief@demo.ashyq")).toBe(1);
    // The same outsider's failures on one account do not refuse them another (that is the per-address limit's job).
    expect(await signInRetryAfter("reporter@demo.ashyq", "203.0.113.66")).toBe(0);
    const throttled = await db.auditEntry.findMany({ where: { action: "user.signInThrottled" } });
    expect(throttled).toHaveLength(1);
    expect(throttled[0]!.after).toMatchObject({ email: "chief@demo.ashyq", failures: 10, lastAddress: "203.0.113.66", waitSeconds: 1 });
  });

  it("slows an account down by at most five seconds, however many addresses fail on it", async () => {
    for (let address = 0; address < 40; address++) {
      for (let attempt = 0; attempt < 3; attempt++) await recordFailedSignIn("target@demo.ashyq", `192.0.2.${address}`);
    }
    expect(await signInBrakeSeconds("target@demo.ashyq")).toBe(5);
    expect(await signInRetryAfter("target@demo.ashyq", "198.51.100.7")).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "user.signInThrottled", entityId: "unknown:target@demo.ashyq" } })).toBe(1);
  });

  it("after the right password, forgives that address's failures on the account, and nobody else's", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      await recordFailedSignIn("typist@demo.ashyq", "198.51.100.20");
      await recordFailedSignIn("typist@demo.ashyq", "203.0.113.67");
    }
    await clearFailedSignIns("typist@demo.ashyq", "198.51.100.20");
    expect(await signInRetryAfter("typist@demo.ashyq", "198.51.100.20")).toBe(0);
    expect(await signInRetryAfter("typist@demo.ashyq", "203.0.113.67")).toBeGreaterThan(60);
    expect(await signInBrakeSeconds("typist@demo.ashyq")).toBe(2);
  });

  it("refuses an address after fifty failures across accounts", async () => {
    for (let attempt = 0; attempt < 50; attempt++) await recordFailedSignIn(`guess${attempt}@x.kz`, "192.0.2.7");
    expect(await signInRetryAfter("someone-else@x.kz", "192.0.2.7")).toBeGreaterThan(0);
    expect(await signInRetryAfter("someone-else@x.kz", "192.0.2.8")).toBe(0);
  });

  it("counts an IPv6 /64 as one address, so that walking through it starts no new count", async () => {
    for (let attempt = 0; attempt < 10; attempt++) await recordFailedSignIn("v6@demo.ashyq", `2001:db8:1:2::${attempt + 1}`);
    expect(await signInRetryAfter("v6@demo.ashyq", "2001:db8:1:2:ffff::1")).toBeGreaterThan(60);
    expect(await signInRetryAfter("v6@demo.ashyq", "2001:db8:1:3::1")).toBe(0);
  });

  it("never makes an unknown address a bucket that one person's failures fill for everyone", async () => {
    for (let attempt = 0; attempt < 60; attempt++) await recordFailedSignIn(`unknown${attempt % 6}@x.kz`, null);
    expect(await signInRetryAfter("unknown0@x.kz", null)).toBe(0);
    expect(await signInRetryAfter("anyone@x.kz", null)).toBe(0);
    expect(await signInBrakeSeconds("unknown0@x.kz")).toBe(1);
    expect(await db.rateLimit.count({ where: { key: { contains: "null" } } })).toBe(0);
  });

  it("clears counts whose window has ended when a new address fails, so rotating addresses cannot grow the table for ever", async () => {
    const ended = new Date(Date.now() - 60_000);
    await db.rateLimit.createMany({
      data: Array.from({ length: 5 }, (_, n) => ({ key: `signin-pair:old${n}@demo.ashyq|192.0.2.${n}`, points: 3, expire: ended })),
    });
    await recordFailedSignIn("someone@demo.ashyq", "198.51.100.200");
    expect(await db.rateLimit.count({ where: { expire: { lt: new Date() } } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: { contains: "198.51.100.200" } } })).toBeGreaterThan(0);
  });
});
