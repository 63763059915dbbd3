import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { NewUserInput, NewUserRecord } from "@/lib/validation/user-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError, isUniqueViolation } from "../errors";
import { issuePasswordLink, unusablePasswordHash, type IssuedPasswordLink } from "./password-links";
import { safeUserColumns, type SafeUser } from "./user-data";

type CreateUserOptions =
  /** The command line (`npm run user:create`) and scripts: no viewer to check, a password typed. */
  | { actorId: string | null; input: NewUserInput }
  /** An admin in the app: without a password, the user gets a one-time link to choose their own. */
  | { viewer: Viewer; input: NewUserRecord };

export type CreatedUser = SafeUser & { setupLink?: IssuedPasswordLink };

/** Creates a user with its audit entry, and the set-password link when no password was typed, in one transaction. */
export async function createUser(options: CreateUserOptions): Promise<CreatedUser> {
  let actorId: string | null;
  if ("viewer" in options) {
    assertCan(options.viewer, "users.manage");
    actorId = options.viewer.id;
  } else actorId = options.actorId;
  const { input } = options;
  // Hashed before the transaction: argon2 takes a while, and the database should not wait for it.
  const passwordHash = input.password === undefined ? await unusablePasswordHash() : await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: safeUserColumns,
      });
      await writeAuditEntry(tx, {
        actorId,
        action: "user.create",
        entity: "user",
        entityId: user.id,
        after: { ...user, passwordSetBy: input.password === undefined ? "link" : "admin" },
      });
      if (input.password !== undefined) return user;
      return { ...user, setupLink: await issuePasswordLink(tx, { userId: user.id, purpose: "SETUP", createdById: actorId }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError({ email: ["emailTaken"] });
    throw error;
  }
}
