import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/app/globals.css";

export const metadata: Metadata = { title: "Ashyq" };

/**
 * The embeds' own root: no newsroom chrome, no session, no cookies. Each page sets its language from its
 * query string (lang=ru|kk|en) on its own content.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body className="bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">{children}</body>
    </html>
  );
}
