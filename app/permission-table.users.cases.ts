/**
 * The permission table's rows for user administration and passwords, kept beside the table's own file so that
 * the two features do not edit one list at once. permission-table.cases.ts spreads them into PERMISSION_CASES.
 */
import { setPasswordAction } from "@/app/(auth)/set-password/[token]/actions";
import { changePasswordAction } from "@/app/(newsroom)/account/actions";
import {
  clearSignInThrottleAction,
  createPasswordLinkAction,
  createUserAction,
  resetPasswordAction,
  setUserDisabledAction,
  updateUserRoleAction,
} from "@/app/(newsroom)/admin/users/actions";
import { createUser as createUserWithLink } from "@/lib/data/users/create-user";
import { recordFailedSignIn } from "@/lib/data/users/sign-in-rate-limit";
import { db } from "@/lib/db";
import type { Outcome } from "@/lib/testing/action-harness";
import { createUser } from "@/lib/testing/factories";
import type { Actor, PermissionCase, World } from "./permission-table.cases";

const idle = { outcome: "idle" as const, values: {} };
const admins: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "denied", admin: "allowed" };
const nobody: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "denied", admin: "denied" };
const signedIn: Record<Actor, Outcome> = { visitor: "login", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" };
const USERS = "(newsroom)/admin/users/actions.ts";

/** A fresh user to act on, at version 1. */
const target = async (data: { disabled?: boolean } = {}) => createUser(db, { role: "REPORTER", ...data });
const onTarget = (w: World, id: string, fields: Record<string, string> = {}) => w.form({ id, version: "1", ...fields });

export const USER_PERMISSION_CASES: PermissionCase[] = [
  {
    name: "create a user with a one-time link",
    covers: [`${USERS}#createUserAction`],
    call: (w) =>
      createUserAction(idle, w.form({ name: "Дана Жаңабаева", email: `dana-${crypto.randomUUID()}@test.ashyq`, role: "REPORTER", passwordMode: "link" })),
    expect: admins,
  },
  {
    name: "change a user's role",
    covers: [`${USERS}#updateUserRoleAction`],
    call: async (w) => updateUserRoleAction(idle, onTarget(w, (await target()).id, { role: "EDITOR" })),
    expect: admins,
  },
  {
    name: "disable a user",
    covers: [`${USERS}#setUserDisabledAction`],
    call: async (w) => setUserDisabledAction(idle, onTarget(w, (await target()).id, { disabled: "true" })),
    expect: admins,
  },
  {
    name: "enable a user again",
    covers: [],
    call: async (w) => setUserDisabledAction(idle, onTarget(w, (await target({ disabled: true })).id, { disabled: "false" })),
    expect: admins,
  },
  {
    name: "disable the admin's own account (nobody)",
    covers: [],
    call: (w) => setUserDisabledAction(idle, onTarget(w, w.people.admin.id, { disabled: "true" })),
    expect: nobody,
  },
  {
    name: "reset a password by one-time link",
    covers: [`${USERS}#createPasswordLinkAction`],
    call: async (w) => createPasswordLinkAction(idle, onTarget(w, (await target()).id)),
    expect: admins,
  },
  {
    name: "reset a password to a typed one",
    covers: [`${USERS}#resetPasswordAction`],
    call: async (w) => resetPasswordAction(idle, onTarget(w, (await target()).id, { password: "passed on in person" })),
    expect: admins,
  },
  {
    name: "clear the failed sign-ins counted against a user",
    covers: [`${USERS}#clearSignInThrottleAction`],
    call: async (w) => {
      const user = await target();
      for (let attempt = 0; attempt < 10; attempt++) await recordFailedSignIn(user.email, "203.0.113.66");
      return clearSignInThrottleAction(idle, w.form({ id: user.id }));
    },
    expect: admins,
  },
  {
    name: "change one's own password (the factories' password is the current one)",
    covers: ["(newsroom)/account/actions.ts#changePasswordAction"],
    call: (w) =>
      changePasswordAction(
        idle,
        w.form({ currentPassword: "correct horse battery staple", password: "a fresh long password", passwordConfirmation: "a fresh long password" }),
      ),
    expect: signedIn,
  },
  {
    name: "set a password through a one-time link (public; the link decides)",
    covers: ["(auth)/set-password/[token]/actions.ts#setPasswordAction"],
    call: async (w) => {
      const invited = await createUserWithLink({
        viewer: w.people.admin,
        input: { email: `link-${crypto.randomUUID()}@test.ashyq`, name: "По ссылке", role: "REPORTER" },
      });
      return setPasswordAction(
        idle,
        w.form({ token: invited.setupLink!.token, password: "chosen by the person", passwordConfirmation: "chosen by the person" }),
      );
    },
    expect: { visitor: "allowed", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" },
  },
];
