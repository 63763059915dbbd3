"use client";

import { useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/en/common.json";
import ru from "@/lib/i18n/messages/ru/common.json";
import "@/app/globals.css";

/**
 * The last resort, when a root layout itself failed: it replaces the whole document, outside next-intl's
 * provider, so it reads its few strings itself. Like every error page it shows only the digest, the id the
 * server logged the error under (instrumentation.ts), and never the error's text.
 */
const MESSAGES = { ru, en } as const;
type Language = keyof typeof MESSAGES;

/** The NEXT_LOCALE cookie's language (Kazakh falls back to Russian, as in lib/i18n); Russian on the server. */
function languageFromCookie(): Language {
  return /(?:^|;\s*)NEXT_LOCALE=en(?:;|$)/.test(document.cookie) ? "en" : "ru";
}
const serverLanguage = (): Language => "ru";
const subscribe = () => () => {};

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const language = useSyncExternalStore(subscribe, languageFromCookie, serverLanguage);
  const t = MESSAGES[language];
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <html lang={language}>
      <body className="min-h-screen bg-zinc-50 p-6 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <title>{t.errorTitle}</title>
        <main role="alert" className="mx-auto flex max-w-3xl flex-col items-start gap-3">
          <h1 className="text-xl font-bold">{t.errorTitle}</h1>
          <p>{t.errorBody}</p>
          {digest && <p className="font-mono text-sm">{t.unexpected.replace("{id}", digest)}</p>}
          <button type="button" onClick={retry} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
