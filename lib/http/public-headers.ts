import { isLocale } from "../i18n/config";
import { PUBLIC_VARY } from "./conditional-response";

/**
 * Headers the production server (server/index.ts) sets on the way out, over what Next wrote, for what a shared
 * cache keeps:
 *
 * - the embeds and the exports vary on Accept-Encoding only, on a 304 as on its 200 (RFC 9110, section 15.4.5).
 *   Next appends its router's request headers (RSC, Next-Router-State-Tree, …) to every app route's Vary, and no
 *   Vary at all to a 304, whose body its compression does not see; those routes answer them all alike.
 * - an embed's tag names the encoding of the body, which Next's compression chooses after the route handler has
 *   answered: the plain and the gzipped bodies are two representations (RFC 9110, section 8.8.3).
 * - /methodology, the page readers reach from every embed, is cacheable: it changes with a deployment, not with the
 *   data. Asked in a language (`?lang=kk`, as the embeds link to it) it is the same page for everyone; without
 *   one it follows the reader's language cookie, so only their own browser keeps it. Its script nonce is then
 *   repeated for as long as the copy lives, which the page can afford: it shows nothing taken from the request.
 */
export type PublicHeaders = {
  vary?: string;
  cacheControl?: string;
  appendVary?: string;
  /** The entity tag names the encoding the body was sent in (lib/http/embed-response.ts). */
  tagEncoding?: boolean;
};

export const METHODOLOGY_CACHE_SECONDS = 600;

export function publicHeaders(method: string | undefined, url: string | undefined, status: number): PublicHeaders | null {
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  const { pathname, searchParams } = new URL(url, "http://x");
  if (pathname.startsWith("/embed/")) return { vary: PUBLIC_VARY, tagEncoding: true };
  // The exports' tags are weak: one weak tag may stand for several encodings of the same data (RFC 9110, 8.8.1).
  if (pathname.startsWith("/api/public/")) return { vary: PUBLIC_VARY };
  if (pathname === "/methodology" && status === 200) {
    return isLocale(searchParams.get("lang"))
      ? { cacheControl: `public, max-age=${METHODOLOGY_CACHE_SECONDS}` }
      : { cacheControl: `private, max-age=${METHODOLOGY_CACHE_SECONDS}`, appendVary: "Cookie" };
  }
  return null;
}
