import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { setLocaleAction } from "@/app/actions";
import { AppDocument } from "@/components/layout/app-document";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { NewsroomHeader, type NavItem } from "@/components/layout/newsroom-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { countUnreadInbox } from "@/lib/data/inbox/list-inbox";
import { countReviewQueue } from "@/lib/data/observations/list-review-queue";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: { template: "%s · Ashyq", default: "Ashyq" }, robots: { index: false }, icons: { icon: "/icon.svg" } };

/** Checks the viewer once for the navigation; each page and action still checks its own permission. */
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, tc, tr] = await Promise.all([getTranslations("nav"), getTranslations("common"), getTranslations("roles")]);
  const items: NavItem[] = [
    // A reporter's home is their open checklist; editors and admins, who plan the waves, keep the dashboard (0017).
    ...(can(viewer, "wave.manage") ? [] : [{ href: "/", label: t("home") }]),
    { href: "/dashboard", label: t("dashboard") },
    { href: "/observations", label: t("observations") },
    { href: "/observations/new", label: t("newObservation") },
    // Everyone may author, so everyone has an inbox: the editors' decisions on their own observations.
    { href: "/inbox", label: t("inboxCount", { count: await countUnreadInbox({ viewer }) }) },
    { href: "/officials", label: t("officials") },
    // Survey rounds: editors plan them, reporters record in the open ones (docs/decisions/0017-survey-waves.md).
    { href: "/waves", label: t("waves") },
  ];
  if (can(viewer, "review.queue")) {
    items.push({ href: "/review", label: t("reviewCount", { count: await countReviewQueue({ viewer }) }) });
  }
  if (can(viewer, "embed.build")) items.push({ href: "/embed-builder", label: t("embeds") });
  if (can(viewer, "import.run")) items.push({ href: "/import", label: (await getTranslations("import"))("nav") });
  if (can(viewer, "audit.view")) items.push({ href: "/audit", label: t("audit") });
  if (can(viewer, "users.manage")) items.push({ href: "/admin/users", label: t("users") });
  items.push({ href: "/account", label: t("account") });
  return (
    <AppDocument locale={await getLocale()}>
      <NewsroomHeader
        items={items}
        viewerLabel={`${tc("signedInAs", { name: viewer.name })} (${tr(viewer.role)})`}
        signOutAction={signOutAction}
        localeSwitcher={<LocaleSwitcher action={setLocaleAction} />}
      />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </AppDocument>
  );
}
