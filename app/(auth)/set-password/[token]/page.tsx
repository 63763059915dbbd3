import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { Notice } from "@/components/ui/notice";
import { getPasswordLink } from "@/lib/data/users/get-password-link";
import { setPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: never send it on to another site.
  return { title: (await getTranslations("account.setPassword"))("title"), referrer: "no-referrer" };
}

/** Reached signed-out through a one-time link an admin passed on (proxy.ts lets /set-password through). */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t, format] = await Promise.all([getPasswordLink({ token }), getTranslations("account.setPassword"), getFormatter()]);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LocaleSwitcher action={setLocaleAction} />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">Ashyq</p>
        <h1 className="text-2xl font-bold">{link ? t("title") : t("invalidTitle")}</h1>
      </div>
      {link ? (
        <>
          <p className="text-zinc-700 dark:text-zinc-300">
            {t("intro", { name: link.name, email: link.email })}{" "}
            {t("expires", { date: format.dateTime(link.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
          <SetPasswordForm action={setPasswordAction} token={token} email={link.email} />
        </>
      ) : (
        <Notice tone="error">{t("invalidBody")}</Notice>
      )}
    </main>
  );
}
