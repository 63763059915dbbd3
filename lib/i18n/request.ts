import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";
import { NEWSROOM_TIME_ZONE } from "@/lib/domain/time";
import ru from "./messages/ru";

type Messages = typeof ru;

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

async function messagesFor(locale: Locale): Promise<Messages> {
  if (locale === "ru") return ru;
  // Kazakh is not complete yet: what it lacks falls back to Russian, the newsroom's working language.
  const own = (locale === "kk" ? (await import("./messages/kk")).default : (await import("./messages/en")).default) as Record<string, unknown>;
  return mergeOver(ru, own) as Messages;
}

/**
 * The locale is the NEXT_LOCALE cookie's (newsroom pages), or the one a page asks for explicitly
 * (embeds take it from their query string and read no cookie).
 */
export default getRequestConfig(async ({ locale: requested }) => {
  let locale: Locale = DEFAULT_LOCALE;
  if (isLocale(requested)) locale = requested;
  else {
    const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (isLocale(fromCookie)) locale = fromCookie;
  }
  return { locale, messages: await messagesFor(locale), timeZone: NEWSROOM_TIME_ZONE };
});
