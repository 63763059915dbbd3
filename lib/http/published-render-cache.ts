import "server-only";
import { createHash } from "node:crypto";
import { getPublicationVersion } from "@/lib/data/embed/get-publication-version";

/**
 * Rendered public pages (embeds), kept in memory and keyed by what they show and by the publication version, so
 * that an approval or a retraction shows within about a second on every instance without anyone purging a cache.
 * The version is looked up at most once a second per instance, and one render serves every concurrent request
 * for the same key.
 */
export type Rendered = { body: string; etag: string };

const MAX_ENTRIES = 500;
const VERSION_TTL_MS = 1000;

const entries = new Map<string, Promise<Rendered>>();
let version: { value: Promise<string>; at: number } | undefined;

function currentVersion(now: number): Promise<string> {
  if (!version || now - version.at >= VERSION_TTL_MS) {
    const value = getPublicationVersion();
    version = { value, at: now };
    value.catch(() => (version = undefined));
  }
  return version.value;
}

export async function renderPublished(key: string, render: () => Promise<string>): Promise<Rendered> {
  const fullKey = `${await currentVersion(Date.now())}|${key}`;
  const cached = entries.get(fullKey);
  if (cached) {
    // A Map keeps insertion order: re-inserting marks the entry as recently used.
    entries.delete(fullKey);
    entries.set(fullKey, cached);
    return cached;
  }
  const rendering = render().then((body) => ({ body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` }));
  entries.set(fullKey, rendering);
  rendering.catch(() => entries.delete(fullKey));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return rendering;
}

/** For tests: forget everything. */
export function clearPublishedRenderCache(): void {
  entries.clear();
  version = undefined;
}
