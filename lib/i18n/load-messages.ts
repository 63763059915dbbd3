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

/** A locale's messages. Kazakh is not complete yet: what it lacks falls back to Russian, the newsroom's working language. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === "ru") return ru;
  const own = (locale === "kk" ? (await import("./messages/kk")).default : (await import("./messages/en")).default) as Record<string, unknown>;
  return mergeOver(ru, own) as Messages;
}
