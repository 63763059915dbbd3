import "server-only";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { getPublicationVersion } from "@/lib/data/embed/get-publication-version";

/*
 * Rendered public pages (embeds), kept in memory and keyed by what they show and by the publication version, so
 * that an approval or a retraction shows within about a second on every instance without anyone purging a cache.
 * The version is looked up at most once a second per instance, and one render serves every concurrent request
 * for the same key.
 */

/** The page as bytes, and gzipped once for every reader whose browser accepts it (server/index.ts sends that copy). */
export type Rendered = { body: Buffer; gzipped: Buffer; etag: string };
/** A rendering as it may be sent now: fresh until the publication version is due to be checked again. */
export type PublishedRendering = Rendered & { freshUntil: number };

const MAX_ENTRIES = 500;
const VERSION_TTL_MS = 1000;

const entries = new Map<string, Promise<Rendered>>();
type VersionCheck = { value: Promise<string>; at: number };
let version: VersionCheck | undefined;

function currentVersion(now: number): VersionCheck {
  if (!version || now - version.at >= VERSION_TTL_MS) {
    const check: VersionCheck = { value: getPublicationVersion(), at: now };
    version = check;
    check.value.catch(() => {
      if (version === check) version = undefined;
    });
  }
  return version;
}

/** `render` gives the page as text, or a file's bytes (a chart's PNG, issue 17, part 5). */
export async function renderPublished(key: string, render: () => Promise<string | Buffer>): Promise<PublishedRendering> {
  const check = currentVersion(Date.now());
  const freshUntil = check.at + VERSION_TTL_MS;
  const fullKey = `${await check.value}|${key}`;
  const cached = entries.get(fullKey);
  if (cached) {
    // A Map keeps insertion order: re-inserting marks the entry as recently used.
    entries.delete(fullKey);
    entries.set(fullKey, cached);
    return { ...(await cached), freshUntil };
  }
  // Encoded once: every response, and the server's copy of it (server/published-responses.ts), sends these bytes.
  const rendering = render().then((content) => {
    const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    return { body, gzipped: gzipSync(body), etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  });
  entries.set(fullKey, rendering);
  rendering.catch(() => entries.delete(fullKey));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return { ...(await rendering), freshUntil };
}

/** For tests: forget everything. */
export function clearPublishedRenderCache(): void {
  entries.clear();
  version = undefined;
}
