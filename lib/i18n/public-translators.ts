import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { loadMessages } from "./load-messages";

/** A translator that takes any key of its namespace: the embeds build their keys from data (activity, titles). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const NAMESPACES = ["embed", "activity", "openness", "dashboard", "titles", "platforms", "common", "existence", "visibility", "waveChanges"] as const;
export type PublicTranslators = Record<(typeof NAMESPACES)[number], Translate>;

/**
 * Translators for pages rendered outside React (the embeds): no request, no cookie, the language is the one the
 * embed's address asks for.
 */
export async function publicTranslators(locale: Locale): Promise<PublicTranslators> {
  const messages = await loadMessages(locale);
  const entries = NAMESPACES.map((namespace) => {
    const translator = createTranslator({ locale, messages, namespace });
    const translate: Translate = (key, values) => (translator as unknown as Translate)(key, values);
    return [namespace, translate] as const;
  });
  return Object.fromEntries(entries) as PublicTranslators;
}
