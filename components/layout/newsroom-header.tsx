import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { textLinkClasses } from "@/components/ui/text-link";

export type NavItem = { href: string; label: string };

/** The newsroom's navigation. What it lists is decided by the layout from the viewer's permissions. */
export async function NewsroomHeader({
  items,
  viewerLabel,
  signOutAction,
  localeSwitcher,
}: {
  items: NavItem[];
  viewerLabel: string;
  signOutAction: () => Promise<void>;
  localeSwitcher: ReactNode;
}) {
  const [t, tn] = await Promise.all([getTranslations("common"), getTranslations("nav")]);
  return (
    <header className="border-b border-zinc-300 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="text-lg font-bold text-blue-800 dark:text-blue-300">
          Ashyq
        </Link>
        <nav aria-label={tn("main")} className="flex flex-1 flex-wrap gap-4 text-sm font-medium">
          {items.map((item) => (
            <Link key={item.href} href={item.href} className="hover:underline">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {localeSwitcher}
          <span className="text-zinc-700 dark:text-zinc-300">{viewerLabel}</span>
          <form action={signOutAction}>
            <button type="submit" className={`font-semibold ${textLinkClasses}`}>
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
