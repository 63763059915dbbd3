import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db";
import type { PasswordLinkPurpose } from "@/lib/generated/prisma/enums";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { withdrawPasswordLinks } from "./user-data";

/** Three days: long enough to pass a link on over a weekend, short enough that a forgotten one dies. */
export const PASSWORD_LINK_LIFETIME_MS = 72 * 60 * 60 * 1000;

/** What the admin is shown once. The token exists only here and in the link; the database keeps its hash. */
export type IssuedPasswordLink = { token: string; purpose: PasswordLinkPurpose; expiresAt: Date };

/** SHA-256 is enough for a 256-bit random token (nothing to guess); argon2 is for what people choose. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes as 43 URL-safe characters. */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A password hash that no password matches, for an account waiting for its first password or reset by link:
 * a real argon2 hash of a secret nobody keeps, so that signing in to it costs the same and fails the same.
 */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(newToken());
}

/** Makes a link for the user, replacing any earlier one still unused, and audits it (never the token). */
export async function issuePasswordLink(
  tx: Tx,
  { userId, purpose, createdById }: { userId: string; purpose: PasswordLinkPurpose; createdById: string | null },
): Promise<IssuedPasswordLink> {
  const token = newToken();
  await withdrawPasswordLinks(tx, userId);
  const link = await tx.passwordSetupToken.create({
    data: { userId, purpose, createdById, tokenHash: hashLinkToken(token), expiresAt: new Date(Date.now() + PASSWORD_LINK_LIFETIME_MS) },
    select: { id: true, purpose: true, expiresAt: true },
  });
  await writeAuditEntry(tx, {
    actorId: createdById,
    action: "user.password_link.create",
    entity: "user",
    entityId: userId,
    after: { linkId: link.id, purpose: link.purpose, expiresAt: link.expiresAt },
  });
  return { token, purpose: link.purpose, expiresAt: link.expiresAt };
}
