import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/auth/viewer";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** Every signed-in person's own page: who they are here, and their password. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireViewer();
  const [{ changed }, t, tr] = await Promise.all([searchParams, getTranslations("account"), getTranslations("roles")]);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {changed && <Notice tone="success">{t("changed")}</Notice>}
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{viewer.name}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="font-mono">{viewer.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{tr(viewer.role)}</dd>
      </dl>
      <section aria-labelledby="change-password" className="flex flex-col gap-3 border-t border-zinc-300 pt-5 dark:border-zinc-700">
        <h2 id="change-password" className="text-lg font-semibold">
          {t("changeTitle")}
        </h2>
        <p className="max-w-md text-sm text-zinc-700 dark:text-zinc-300">{t("changeIntro")}</p>
        <ChangePasswordForm action={changePasswordAction} email={viewer.email} />
      </section>
    </div>
  );
}
