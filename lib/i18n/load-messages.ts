import type { Locale } from "./config";
import ru from "./messages/ru";

export type Messages = typeof ru;

function mergeOver(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const below = merged[key];
    merged[key] =
      value && typeof value === "object" && below && typeof below === "object"
        ? mergeOver(below as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return merged;
}

/**
 * A locale's messages. English and Kazakh are complete (messages.test.ts fails otherwise); a key missing from a
 * build still falls back to Russian, the newsroom's working language, rather than show its name.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === "ru") return ru;
  const own = (locale === "kk" ? (await import("./messages/kk")).default : (await import("./messages/en")).default) as Record<string, unknown>;
  return mergeOver(ru, own) as Messages;
}
