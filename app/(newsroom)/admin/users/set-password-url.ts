import "server-only";
import { headers } from "next/headers";
import { requestOrigin } from "@/lib/http/forwarded";

/**
 * The set-password link as the admin's own browser reaches Ashyq. No public URL is configured, so it is taken
 * from the request: the Origin header a browser sends with every form post, else the (forwarded) host.
 */
export async function setPasswordUrl(token: string): Promise<string> {
  const request = await headers();
  const origin = request.get("origin");
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return `${origin}/set-password/${token}`;
  return `${requestOrigin(request)}/set-password/${token}`;
}
