import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { textLinkClasses } from "@/components/ui/text-link";

export type NavItem = { href: string; label: string };

/**
 * The newsroom's navigation. What it lists is decided by the layout from the viewer's permissions. On a phone it
 * folds into a "Menu" disclosure (a <details>: no JavaScript needed), so that the header is one line and the page
 * starts on the first screen; from 768 px it is laid out in full. One of the two copies is always display:none,
 * so assistive technology meets one navigation.
 */
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
  const logo = (
    <Link href="/" className="text-lg font-bold text-blue-800 dark:text-blue-300">
      Ashyq
    </Link>
  );
  const navigation = (className: string) => (
    <nav aria-label={tn("main")} className={`flex gap-4 text-sm font-medium ${className}`}>
      {items.map((item) => (
        <Link key={item.href} href={item.href} className="hover:underline">
          {item.label}
        </Link>
      ))}
    </nav>
  );
  const account = (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {localeSwitcher}
      <span className="text-zinc-700 dark:text-zinc-300">{viewerLabel}</span>
      <form action={signOutAction}>
        <button type="submit" className={`font-semibold ${textLinkClasses}`}>
          {t("signOut")}
        </button>
      </form>
    </div>
  );
  return (
    <header className="relative overflow-x-clip border-b border-zinc-300 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto hidden max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 md:flex">
        {logo}
        {navigation("flex-1 flex-wrap")}
        {account}
      </div>
      <div className="flex items-center justify-between gap-3 px-4 py-2 md:hidden">
        {logo}
        <details>
          <summary className="cursor-pointer list-none rounded-md border border-zinc-400 px-3 py-1 text-sm font-semibold dark:border-zinc-600 [&::-webkit-details-marker]:hidden">
            {tn("menu")} <span aria-hidden="true">{"\u25BE"}</span>
          </summary>
          <div className="absolute inset-x-0 top-full z-10 flex flex-col gap-3 border-b border-zinc-300 bg-white px-4 py-3 shadow-md dark:border-zinc-800 dark:bg-zinc-900">
            {navigation("flex-col")}
            {account}
          </div>
        </details>
      </div>
    </header>
  );
}
