import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { recordFailedSignIn, signInBrakeSeconds, signInRetryAfter } from "@/lib/data/users/sign-in-rate-limit";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { NotFoundError } from "../errors";
import { clearSignInThrottle } from "./clear-sign-in-throttle";
import { getSignInThrottle } from "./get-sign-in-throttle";

withTestDatabase();

const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});
let admin: Viewer;
let editor: Viewer;

beforeAll(async () => {
  admin = asViewer(await createUser(db, { role: "ADMIN" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
});

describe("an account's failed sign-ins, for an admin", () => {
  it("shows how many, from how many addresses, since when, and whether sign-in is slowed down or refused", async () => {
    // An "_" in the e-mail is a wildcard in SQL's LIKE: a look-alike account's counts must not be mixed in.
    const person = await createUser(db, { email: "chief_editor@test.ashyq" });
    const lookalike = await createUser(db, { email: "chiefxeditor@test.ashyq" });
    expect(await getSignInThrottle({ viewer: admin, email: person.email })).toBeNull();
    const started = Date.now();
    for (let attempt = 0; attempt < 10; attempt++) await recordFailedSignIn(person.email, "203.0.113.66");
    for (const address of ["198.51.100.1", "2001:db8:1:2::1", "2001:db8:1:2::2"]) await recordFailedSignIn(person.email, address);
    await recordFailedSignIn(lookalike.email, "192.0.2.1");

    const throttle = await getSignInThrottle({ viewer: admin, email: person.email });
    expect(throttle).toMatchObject({ failures: 13, addresses: 3, refusedAddresses: 1, refusedLimit: 10, waitSeconds: 1 });
    expect(throttle!.since.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(throttle!.since.getTime()).toBeLessThanOrEqual(Date.now());
    expect(throttle!.until.getTime() - throttle!.since.getTime()).toBeGreaterThanOrEqual(15 * 60 * 1000);
    await expect(getSignInThrottle({ viewer: editor, email: person.email })).rejects.toThrow(ForbiddenError);
  });

  it("is cleared by an admin only, for every address of that account alone, with both ends in the audit trail", async () => {
    const person = await createUser(db, { email: "cleared@test.ashyq" });
    const neighbour = await createUser(db, { email: "neighbour@test.ashyq" });
    for (let attempt = 0; attempt < 10; attempt++) await recordFailedSignIn(person.email, "203.0.113.77");
    for (let attempt = 0; attempt < 40; attempt++) await recordFailedSignIn(`spray${attempt}@test.ashyq`, "203.0.113.77");
    await recordFailedSignIn(neighbour.email, "198.51.100.9");

    await expect(clearSignInThrottle({ viewer: editor, id: person.id })).rejects.toThrow(ForbiddenError);
    expect(await signInRetryAfter(person.email, "203.0.113.77")).toBeGreaterThan(0);
    await expect(clearSignInThrottle({ viewer: admin, id: "not-an-id" })).rejects.toThrow(NotFoundError);

    expect(await clearSignInThrottle({ viewer: admin, id: person.id })).toBe(true);
    expect(await getSignInThrottle({ viewer: admin, email: person.email })).toBeNull();
    expect(await signInBrakeSeconds(person.email)).toBe(0);
    // The address's count across accounts is not this account's: it still refuses the address that sprayed.
    expect(await signInRetryAfter(person.email, "203.0.113.77")).toBeGreaterThan(0);
    expect(await signInRetryAfter(person.email, "198.51.100.10")).toBe(0);
    expect(await getSignInThrottle({ viewer: admin, email: neighbour.email })).toMatchObject({ failures: 1 });

    const trail = await db.auditEntry.findMany({ where: { entity: "user", entityId: person.id }, orderBy: { id: "asc" } });
    expect(trail.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.signInThrottled", null],
      ["user.signInThrottleCleared", admin.id],
    ]);
    expect(trail[1]!.before).toMatchObject({ failures: 10, addresses: 1, refusedAddresses: 1, waitSeconds: 1 });
    expect(trail[1]!.after).toMatchObject({ failures: 0, addresses: 0 });

    expect(await clearSignInThrottle({ viewer: admin, id: person.id })).toBe(false);
    expect(await db.auditEntry.count({ where: { entityId: person.id, action: "user.signInThrottleCleared" } })).toBe(1);
  });
});
