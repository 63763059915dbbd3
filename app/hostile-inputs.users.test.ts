/**
 * The hostile-input corpus through the people forms: a new user's name and e-mail, the three ways to set a
 * password, and sign-in (its fields, and the attempt counters it keeps in the database under the address and
 * the e-mail). Stored faithfully or refused with a field message; a password is kept as the hash of exactly
 * what was typed.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInAction } from "@/app/(auth)/login/actions";
import { setPasswordAction } from "@/app/(auth)/set-password/[token]/actions";
import { changePasswordAction } from "@/app/(newsroom)/account/actions";
import { createUserAction, resetPasswordAction } from "@/app/(newsroom)/admin/users/actions";
import { verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/permissions";
import { createUser as createUserWithLink } from "@/lib/data/users/create-user";
import { recordFailedSignIn, signInRetryAfter } from "@/lib/data/users/sign-in-rate-limit";
import { db } from "@/lib/db";
import { form, session } from "@/lib/testing/action-harness";
import { createUser } from "@/lib/testing/factories";
import { expectStoredOrRefused, refusalKeys, saveOrRefuse } from "@/lib/testing/hostile-input-checks";
import { containsNul, HOSTILE_EMAILS, HOSTILE_INPUTS, NUL, type HostileInput } from "@/lib/testing/hostile-inputs";
import { withTestDatabase } from "@/lib/testing/test-database";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const idle = { outcome: "idle" as const, values: {} };
let admin: Viewer;

beforeAll(async () => {
  const user = await createUser(db, { role: "ADMIN" });
  admin = { id: user.id, role: user.role, name: user.name, email: user.email };
});

/** Passwords: the corpus, and a long one with a null byte (argon2 must hash all of it, not stop at the byte). */
const PASSWORDS: readonly HostileInput[] = [...HOSTILE_INPUTS, { name: "a long password with a null byte", value: `пароль-длинный${NUL}и-дальше` }];
const acceptablePassword = (value: string) => value.length >= 12 && value.length <= 1024;

describe("the new-user form", () => {
  const create = (fields: Record<string, string>) => {
    session.viewer = admin;
    return saveOrRefuse(() =>
      createUserAction(
        idle,
        form({ passwordMode: "link", role: "REPORTER", name: "Дана Жаңабаева", email: `dana-${crypto.randomUUID()}@example.kz`, ...fields }),
      ),
    );
  };

  it("keeps the name as typed (trimmed), or refuses it", async () => {
    for (const [index, input] of HOSTILE_INPUTS.entries()) {
      const email = `name-${index}@example.kz`;
      const result = await create({ name: input.value, email });
      const verdict = await expectStoredOrRefused({
        result,
        field: "name",
        input,
        readBack: async () => (await db.user.findUnique({ where: { email } }))?.name,
      });
      expect(verdict, input.name).toBe(!containsNul(input.value) && input.value.trim().length <= 200 ? "saved" : "refused");
    }
  });

  it("keeps a real e-mail address (lower-cased) and refuses anything else", async () => {
    const normalised = (value: string) => value.trim().toLowerCase();
    for (const input of [...HOSTILE_INPUTS, ...HOSTILE_EMAILS]) {
      const result = await create({ email: input.value });
      const readBack = async () => (await db.user.findUnique({ where: { email: normalised(input.value) } }))?.email;
      await expectStoredOrRefused({ result, field: "email", input, expected: normalised, nulRefusedWith: "email", readBack });
    }
    expect(await db.user.findUnique({ where: { email: "o'brien@example.kz" } })).not.toBeNull();
    expect(refusalKeys(await create({ email: HOSTILE_EMAILS.at(-1)!.value }), "email")).toEqual(["tooLong"]);
  });
});

describe("passwords", () => {
  /** A password is kept faithfully when exactly what was typed signs in, and nothing shorter does. */
  async function expectHashOf(userId: string, password: string) {
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword(passwordHash, password), password.slice(0, 40)).toBe(true);
    const shorter = password.includes(NUL) ? password.split(NUL)[0]! : password.slice(0, -1);
    expect(await verifyPassword(passwordHash, shorter), password.slice(0, 40)).toBe(false);
  }

  it("an admin's reset keeps any password of 12 to 1024 characters", async () => {
    for (const input of PASSWORDS) {
      const target = await createUser(db);
      session.viewer = admin;
      const result = await saveOrRefuse(() => resetPasswordAction(idle, form({ id: target.id, version: "1", password: input.value })));
      expect(result.kind, input.name).toBe(acceptablePassword(input.value) ? "saved" : "refused");
      if (result.kind === "saved") await expectHashOf(target.id, input.value);
      else expect(refusalKeys(result, "password"), input.name).toEqual([input.value.length < 12 ? "passwordTooShort" : "tooLong"]);
    }
  });

  it("a one-time link and one's own change keep it the same way", async () => {
    for (const input of PASSWORDS.filter((p) => acceptablePassword(p.value))) {
      session.viewer = null;
      const invited = await createUserWithLink({
        viewer: admin,
        input: { email: `link-${crypto.randomUUID()}@example.kz`, name: "По ссылке", role: "REPORTER" },
      });
      const twice = { password: input.value, passwordConfirmation: input.value };
      expect((await saveOrRefuse(() => setPasswordAction(idle, form({ token: invited.setupLink!.token, ...twice })))).kind, input.name).toBe("saved");
      await expectHashOf(invited.id, input.value);

      const me = await createUser(db);
      session.viewer = { id: me.id, role: me.role, name: me.name, email: me.email };
      expect((await saveOrRefuse(() => changePasswordAction(idle, form({ currentPassword: "correct horse battery staple", ...twice })))).kind, input.name).toBe(
        "saved",
      );
      await expectHashOf(me.id, input.value);
    }
  });
});

describe("sign-in", () => {
  it("answers every e-mail and password with a field message or an attempt, never an error", async () => {
    session.viewer = null;
    for (const input of [...HOSTILE_INPUTS, ...HOSTILE_EMAILS]) {
      const result = await saveOrRefuse(() => signInAction(idle, form({ email: input.value, password: "a password" })));
      if (result.kind === "refused") expect(refusalKeys(result, "email"), input.name).not.toEqual([]);
      else expect(input.value, "only an address is tried").toMatch(/^\s*[^@\s]+@example\.kz\s*$/i);
    }
    for (const input of PASSWORDS) {
      const result = await saveOrRefuse(() => signInAction(idle, form({ email: "dana@example.kz", password: input.value })));
      expect(result.kind, input.name).toBe(input.value.length <= 1024 ? "saved" : "refused");
    }
  });

  it("counts failed attempts under any address a proxy forwards, and any e-mail that passed the form", async () => {
    // What an X-Forwarded-For header can carry: printable Latin-1, up to the server's header limit.
    const addresses = ["'; DROP TABLE rate_limits; --", `<script>alert("ashyq")</script>`, "{value} ${1+1}", "1".repeat(8_000)];
    for (const address of addresses) {
      for (const email of ["o'brien@example.kz", "dana.zhanabayeva@example.kz"]) {
        await recordFailedSignIn(email, address);
        expect(await signInRetryAfter(email, address)).toBe(0);
      }
    }
    // Kept as text: one count for the address, and one per e-mail tried from it.
    expect(await db.rateLimit.count({ where: { key: { contains: "DROP TABLE" } } })).toBe(3);
  });
});
