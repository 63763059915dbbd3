import "server-only";
import { headers } from "next/headers";

/**
 * The set-password link as the admin's own browser reaches Ashyq. No public URL is configured, so it is taken
 * from the request: the Origin header a browser sends with every form post, else the (forwarded) host.
 */
export async function setPasswordUrl(token: string): Promise<string> {
  const request = await headers();
  const origin = request.get("origin");
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return `${origin}/set-password/${token}`;
  const host = request.get("x-forwarded-host")?.split(",")[0]?.trim() || request.get("host") || "localhost:3000";
  const scheme = request.get("x-forwarded-proto")?.split(",")[0]?.trim() || "https";
  return `${scheme}://${host}/set-password/${token}`;
}
