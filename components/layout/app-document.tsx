import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import "@/app/globals.css";

/** The <html> of every root layout: the newsroom's, the sign-in page's and the embeds'. */
export function AppDocument({ locale, children, className = "" }: { locale: string; children: ReactNode; className?: string }) {
  return (
    <html lang={locale}>
      <body className={`min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100 ${className}`}>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
