import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { NewUserInput } from "@/lib/validation/user-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError, isUniqueViolation } from "../errors";

/**
 * Creates a user. `actorId` is the admin doing it, or null for the command line (`npm run user:create`,
 * the seed). The authorization of an in-app caller is the caller's action's job; the audit entry is this one's.
 */
export async function createUser({ actorId, input }: { actorId: string | null; input: NewUserInput }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await writeAuditEntry(tx, { actorId, action: "user.create", entity: "user", entityId: user.id, after: user });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError({ email: ["emailTaken"] });
    throw error;
  }
}
