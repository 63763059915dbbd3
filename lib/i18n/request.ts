import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { NEWSROOM_TIME_ZONE } from "@/lib/domain/time";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";
import { loadMessages } from "./load-messages";

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
  return { locale, messages: await loadMessages(locale), timeZone: NEWSROOM_TIME_ZONE };
});
