import "server-only";
import { db } from "@/lib/db";
import type { PasswordLinkPurpose } from "@/lib/generated/prisma/enums";
import { hashLinkToken } from "./password-links";

export type UsablePasswordLink = { email: string; name: string; purpose: PasswordLinkPurpose; expiresAt: Date };

/** Anything longer is not a token we made; not worth hashing. */
const MAX_TOKEN_LENGTH = 128;

/**
 * What the set-password page shows for a link: whose account it is, or null when the link was never made,
 * is used, replaced, expired, or its account is disabled. The token itself is the authority: no viewer.
 */
export async function getPasswordLink({ token }: { token: string }): Promise<UsablePasswordLink | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  const link = await db.passwordSetupToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true, disabled: true } } },
  });
  if (!link || link.usedAt || link.expiresAt <= new Date() || link.user.disabled) return null;
  return { email: link.user.email, name: link.user.name, purpose: link.purpose, expiresAt: link.expiresAt };
}
