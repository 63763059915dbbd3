import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser as createUserRecord } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { FieldError } from "../errors";
import { changeOwnPassword } from "./change-own-password";
import { createPasswordLink } from "./create-password-link";
import { createUser } from "./create-user";
import { getPasswordLink } from "./get-password-link";
import { setPasswordWithToken } from "./set-password-with-token";
import { setUserDisabled } from "./set-user-disabled";

withTestDatabase();

const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});
const passwordOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;
const newPassword = "a long new password";

let admin: Viewer;
let counter = 0;
async function invite() {
  const created = await createUser({ viewer: admin, input: { email: `invited${++counter}@test.ashyq`, name: "Приглашённая", role: "REPORTER" } });
  return { user: created, token: created.setupLink!.token };
}

beforeAll(async () => {
  admin = asViewer(await createUserRecord(db, { role: "ADMIN" }));
});

describe("one-time set-password links", () => {
  it("sets the password once, bumps sessionVersion, and cannot be used twice", async () => {
    const { user, token } = await invite();
    expect(await getPasswordLink({ token })).toMatchObject({ email: user.email, purpose: "SETUP" });

    await expect(setPasswordWithToken({ token, password: newPassword })).resolves.toEqual({ email: user.email });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, newPassword)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await getPasswordLink({ token })).toBeNull();
    await expect(setPasswordWithToken({ token, password: "another long password" })).rejects.toMatchObject({ refusal: "linkInvalid" });
    expect(await verifyPassword(await passwordOf(user.id), newPassword)).toBe(true);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "user.password.set_with_link" } });
    expect(entry.actorId).toBe(user.id);
    expect(JSON.stringify([entry.before, entry.after])).not.toMatch(/argon2|passwordHash|tokenHash|a long new password/);
    expect(JSON.stringify([entry.before, entry.after])).not.toContain(token);
  });

  it("works for one of two submissions at once", async () => {
    const { token } = await invite();
    const results = await Promise.allSettled([
      setPasswordWithToken({ token, password: newPassword }),
      setPasswordWithToken({ token, password: "the other long one" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses an expired link", async () => {
    const { user, token } = await invite();
    const before = await passwordOf(user.id);
    await db.passwordSetupToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getPasswordLink({ token })).toBeNull();
    await expect(setPasswordWithToken({ token, password: newPassword })).rejects.toMatchObject({ refusal: "linkInvalid" });
    expect(await passwordOf(user.id)).toBe(before);
  });

  it("refuses a wrong token, however it looks", async () => {
    const { token } = await invite();
    for (const wrong of [`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "", "x".repeat(5000)]) {
      expect(await getPasswordLink({ token: wrong })).toBeNull();
      await expect(setPasswordWithToken({ token: wrong, password: newPassword })).rejects.toMatchObject({ refusal: "linkInvalid" });
    }
  });

  it("stops an earlier link when a new one is made, and any link when the account is disabled", async () => {
    const { user, token: first } = await invite();
    const { link: second } = await createPasswordLink({ viewer: admin, id: user.id, expectedVersion: user.version });
    expect(await getPasswordLink({ token: first })).toBeNull();
    expect(await getPasswordLink({ token: second.token })).toMatchObject({ purpose: "RESET" });
    const current = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await setUserDisabled({ viewer: admin, id: user.id, expectedVersion: current.version, disabled: true });
    await expect(setPasswordWithToken({ token: second.token, password: newPassword })).rejects.toMatchObject({ refusal: "linkInvalid" });
  });
});

describe("changing one's own password", () => {
  it("needs the current password, then bumps sessionVersion with an audit entry", async () => {
    const user = await createUserRecord(db, { role: "EDITOR", password: "the current password" });
    const viewer = asViewer(user);
    await expect(changeOwnPassword({ viewer, currentPassword: "not the current one", newPassword })).rejects.toBeInstanceOf(FieldError);
    expect(await passwordOf(user.id)).toBe(user.passwordHash);

    const after = await changeOwnPassword({ viewer, currentPassword: "the current password", newPassword });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(await passwordOf(user.id), newPassword)).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "user.password.change" } });
    expect(JSON.stringify([entry.before, entry.after])).not.toMatch(/argon2|passwordHash|the current password|a long new password/);
  });

  it("is refused when an admin reset the password in between", async () => {
    const user = await createUserRecord(db, { role: "REPORTER", password: "the current password" });
    await createPasswordLink({ viewer: admin, id: user.id, expectedVersion: user.version });
    await expect(changeOwnPassword({ viewer: asViewer(user), currentPassword: "the current password", newPassword })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["currentPasswordWrong"] },
    });
  });
});
