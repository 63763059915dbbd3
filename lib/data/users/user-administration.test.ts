import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser as createUserRecord } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { ConflictError, FieldError, RefusedError } from "../errors";
import { createPasswordLink } from "./create-password-link";
import { createUser } from "./create-user";
import { getUser } from "./get-user";
import { listUsers } from "./list-users";
import { hashLinkToken } from "./password-links";
import { resetPassword } from "./reset-password";
import { setUserDisabled } from "./set-user-disabled";
import { updateUserRole } from "./update-user-role";

withTestDatabase();

const asViewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});
const userRow = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
/** The audit trail of a user as text, for looking for secrets in it (ids are BigInt, left out). */
const auditText = async (entityId: string) =>
  JSON.stringify(
    (await db.auditEntry.findMany({ where: { entity: "user", entityId }, orderBy: { id: "asc" } })).map(({ action, before, after }) => ({
      action,
      before,
      after,
    })),
  );

let admin: Viewer;
let reporter: Viewer;
let editor: Viewer;

beforeAll(async () => {
  admin = asViewer(await createUserRecord(db, { role: "ADMIN" }));
  reporter = asViewer(await createUserRecord(db, { role: "REPORTER" }));
  editor = asViewer(await createUserRecord(db, { role: "EDITOR" }));
});

describe("user administration", () => {
  it("creates a user with a one-time link, keeping only the token's hash and no secret in the audit trail", async () => {
    const created = await createUser({ viewer: admin, input: { email: "new.reporter@test.ashyq", name: "Новый Репортёр", role: "REPORTER" } });
    const link = created.setupLink!;
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.purpose).toBe("SETUP");
    const hours = (link.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const stored = await db.passwordSetupToken.findFirstOrThrow({ where: { userId: created.id } });
    expect(stored.tokenHash).toBe(hashLinkToken(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const trail = await auditText(created.id);
    expect(trail).toContain("user.create");
    expect(trail).toContain("user.password_link.create");
    for (const secret of [link.token, stored.tokenHash, "$argon2", "passwordHash", "tokenHash"]) expect(trail).not.toContain(secret);

    expect((await listUsers({ viewer: admin })).find((user) => user.id === created.id)).toMatchObject({ linkWaiting: true, disabled: false });
    expect((await getUser({ viewer: admin, id: created.id }))?.waitingLink?.purpose).toBe("SETUP");
  });

  it("creates a user with a typed password and no link; a taken email is a field error", async () => {
    const created = await createUser({
      viewer: admin,
      input: { email: "typed@test.ashyq", name: "Набран Пароль", role: "EDITOR", password: "a typed password!" },
    });
    expect(created.setupLink).toBeUndefined();
    expect(await db.passwordSetupToken.count({ where: { userId: created.id } })).toBe(0);
    await expect(createUser({ viewer: admin, input: { email: "typed@test.ashyq", name: "Дубль", role: "EDITOR" } })).rejects.toBeInstanceOf(FieldError);
  });

  it("changes a role with its audit entry, and refuses a save over a version changed since", async () => {
    const user = await createUserRecord(db, { role: "REPORTER" });
    const after = await updateUserRole({ viewer: admin, id: user.id, expectedVersion: 1, role: "EDITOR" });
    expect(after).toMatchObject({ role: "EDITOR", version: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "user.role.update" } });
    expect(entry.actorId).toBe(admin.id);
    expect(entry.before).toMatchObject({ role: "REPORTER" });
    expect(entry.after).toMatchObject({ role: "EDITOR" });
    const trail = await auditText(user.id);
    for (const secret of [user.passwordHash, "$argon2", "passwordHash"]) expect(trail).not.toContain(secret);

    await expect(updateUserRole({ viewer: admin, id: user.id, expectedVersion: 1, role: "ADMIN" })).rejects.toBeInstanceOf(ConflictError);
    expect((await userRow(user.id)).role).toBe("EDITOR");
  });

  it("disabling bumps sessionVersion and withdraws unused links; enabling lets the user back", async () => {
    const user = await createUserRecord(db, { role: "REPORTER" });
    const { link } = await createPasswordLink({ viewer: admin, id: user.id, expectedVersion: 1 });
    const reset = await userRow(user.id);
    const disabled = await setUserDisabled({ viewer: admin, id: user.id, expectedVersion: reset.version, disabled: true });
    expect(disabled.disabled).toBe(true);
    expect(disabled.sessionVersion).toBe(reset.sessionVersion + 1);
    expect(await db.passwordSetupToken.count({ where: { tokenHash: hashLinkToken(link.token) } })).toBe(0);

    const enabled = await setUserDisabled({ viewer: admin, id: user.id, expectedVersion: disabled.version, disabled: false });
    expect(enabled).toMatchObject({ disabled: false, sessionVersion: disabled.sessionVersion });
    const actions = await db.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["user.password.reset", "user.password_link.create", "user.disable", "user.enable"]);
  });

  it("a reset ends sessions: by link the old password stops working; typed, the new one is set", async () => {
    const user = await createUserRecord(db, { role: "REPORTER" });
    const { user: afterLink } = await createPasswordLink({ viewer: admin, id: user.id, expectedVersion: 1 });
    expect(afterLink.sessionVersion).toBe(2);
    expect((await userRow(user.id)).passwordHash).not.toBe(user.passwordHash);

    const afterTyped = await resetPassword({ viewer: admin, id: user.id, expectedVersion: afterLink.version, password: "passed on by hand" });
    expect(afterTyped.sessionVersion).toBe(3);
    expect(await db.passwordSetupToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    expect(await auditText(user.id)).not.toContain("passed on by hand");
  });

  it("refuses a link for a disabled account: it could not be used", async () => {
    const user = await createUserRecord(db, { role: "REPORTER", disabled: true });
    await expect(createPasswordLink({ viewer: admin, id: user.id, expectedVersion: 1 })).rejects.toMatchObject({ refusal: "userDisabled" });
  });

  it("never lets an admin disable themselves", async () => {
    await expect(setUserDisabled({ viewer: admin, id: admin.id, expectedVersion: 1, disabled: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await userRow(admin.id)).disabled).toBe(false);
  });

  it("refuses every admin action to reporters and editors", async () => {
    const target = await createUserRecord(db, { role: "REPORTER" });
    for (const viewer of [reporter, editor]) {
      const attempts = [
        listUsers({ viewer }),
        getUser({ viewer, id: target.id }),
        createUser({ viewer, input: { email: `x-${viewer.id}@test.ashyq`, name: "X", role: "ADMIN" } }),
        updateUserRole({ viewer, id: target.id, expectedVersion: 1, role: "ADMIN" }),
        updateUserRole({ viewer, id: viewer.id, expectedVersion: 1, role: "ADMIN" }),
        setUserDisabled({ viewer, id: target.id, expectedVersion: 1, disabled: true }),
        setUserDisabled({ viewer, id: target.id, expectedVersion: 1, disabled: false }),
        createPasswordLink({ viewer, id: target.id, expectedVersion: 1 }),
        resetPassword({ viewer, id: target.id, expectedVersion: 1, password: "somebody else's" }),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await userRow(target.id)).toMatchObject({ role: "REPORTER", disabled: false, version: 1 });
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or disabled, and two admins demoting each other at once leave one", async () => {
    // A fresh pair, alone among active admins: the others of this file are disabled for the test.
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { disabled: true } });
    const first = asViewer(await createUserRecord(db, { role: "ADMIN" }));
    const second = asViewer(await createUserRecord(db, { role: "ADMIN" }));

    const results = await Promise.allSettled([
      updateUserRole({ viewer: first, id: second.id, expectedVersion: 1, role: "EDITOR" }),
      updateUserRole({ viewer: second, id: first.id, expectedVersion: 1, role: "REPORTER" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(RefusedError);
    expect(refused.reason.refusal).toBe("lastAdmin");

    const remaining = await db.user.findFirstOrThrow({ where: { role: "ADMIN", disabled: false } });
    const demoted = remaining.id === first.id ? second : first;
    // The demoted admin's request still in flight stands for any other admin: the last one stays.
    await expect(setUserDisabled({ viewer: demoted, id: remaining.id, expectedVersion: remaining.version, disabled: true })).rejects.toMatchObject({
      refusal: "lastAdmin",
    });
    await expect(updateUserRole({ viewer: demoted, id: remaining.id, expectedVersion: remaining.version, role: "EDITOR" })).rejects.toMatchObject({
      refusal: "lastAdmin",
    });
    expect(await db.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
  });
});
