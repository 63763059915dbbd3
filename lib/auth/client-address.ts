import "server-only";

/**
 * The address the per-address sign-in limits count. The last X-Forwarded-For entry is the one our own reverse
 * proxy appended; earlier entries are whatever the client sent, so taking the first would let anyone dodge the
 * limit by inventing addresses (docs/deploy.md has nginx overwrite the header).
 */
export function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers?.get("x-real-ip") || "unknown";
}
