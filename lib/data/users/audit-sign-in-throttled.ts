import "server-only";
import { brakeSeconds } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { writeAuditEntry } from "../audit/write-audit-entry";

/**
 * Records that sign-in to an account is now slowed down by its failures (sign-in-rate-limit.ts): once per
 * window, by nobody (the actor is the system). An e-mail that names no user is recorded under "unknown:", so that
 * guessing at addresses shows too.
 */
export async function auditSignInThrottled({
  email,
  address,
  failures,
  until,
}: {
  email: string;
  address: string | null;
  failures: number;
  until: Date;
}): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  await db.$transaction((tx) =>
    writeAuditEntry(tx, {
      actorId: null,
      action: "user.signInThrottled",
      entity: "user",
      entityId: user?.id ?? `unknown:${email}`,
      after: { email, failures, lastAddress: address ?? "unknown", waitSeconds: brakeSeconds(failures), until: until.toISOString() },
    }),
  );
}
