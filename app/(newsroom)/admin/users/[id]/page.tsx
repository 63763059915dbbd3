import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AccessForm } from "@/components/admin/access-form";
import { PasswordLinkForm, TypedPasswordForm } from "@/components/admin/password-reset-forms";
import { RoleForm } from "@/components/admin/role-form";
import { SignInThrottle } from "@/components/admin/sign-in-throttle";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getSignInThrottle } from "@/lib/data/users/get-sign-in-throttle";
import { getUser } from "@/lib/data/users/get-user";
import { clearSignInThrottleAction, createPasswordLinkAction, resetPasswordAction, setUserDisabledAction, updateUserRoleAction } from "../actions";

const DONE = ["created", "role", "disabled", "enabled", "password", "signInCleared", "signInNothing"] as const;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const viewer = await requirePermission("users.manage");
  const user = await getUser({ viewer, id: (await params).id });
  return { title: user?.name ?? (await getTranslations("common"))("notFoundTitle") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex max-w-2xl flex-col gap-3 border-t border-zinc-300 pt-5 dark:border-zinc-700">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const viewer = await requirePermission("users.manage");
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [user, t, tu, tr, ta, format] = await Promise.all([
    getUser({ viewer, id }),
    getTranslations("admin.user"),
    getTranslations("admin.users"),
    getTranslations("roles"),
    getTranslations("account"),
    getFormatter(),
  ]);
  if (!user) notFound();
  const throttle = await getSignInThrottle({ viewer, email: user.email });
  const isSelf = user.id === viewer.id;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const doneKey = DONE.find((key) => key === done);
  // Keyed by version: after a saved change the forms start afresh with the new one. The link form is not, so that
  // a link it has just shown stays on screen while the page refreshes under it.
  const record = { id: user.id, version: user.version };

  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/admin/users" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{user.name}</h1>
      {doneKey && <Notice tone="success">{t(`done.${doneKey}`)}</Notice>}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="font-mono">{user.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{tr(user.role)}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{user.disabled ? tu("disabled") : tu("active")}</dd>
        <dt className="font-semibold">{t("createdAt")}</dt>
        <dd>{when(user.createdAt)}</dd>
        <dt className="font-semibold">{t("updatedAt")}</dt>
        <dd>{when(user.updatedAt)}</dd>
      </dl>
      {isSelf && <Notice>{t("you")}</Notice>}
      {user.waitingLink && <Notice>{t("linkWaiting", { date: when(user.waitingLink.expiresAt) })}</Notice>}

      {throttle && (
        <Section id="user-sign-in" title={t("signInTitle")}>
          <SignInThrottle throttle={throttle} userId={user.id} action={clearSignInThrottleAction} />
        </Section>
      )}

      <Section id="user-role" title={t("roleTitle")}>
        <RoleForm key={user.version} action={updateUserRoleAction} user={{ ...record, role: user.role }} />
      </Section>

      <Section id="user-access" title={t("accessTitle")}>
        {isSelf ? (
          <p className="text-sm">{t("cannotDisableSelf")}</p>
        ) : (
          <AccessForm key={user.version} action={setUserDisabledAction} user={{ ...record, disabled: user.disabled }} />
        )}
      </Section>

      <Section id="user-password" title={t("passwordTitle")}>
        {isSelf ? (
          <p className="text-sm">
            {t.rich("ownPassword", {
              account: ta("title"),
              link: (chunks) => (
                <TextLink href="/account" className="font-semibold">
                  {chunks}
                </TextLink>
              ),
            })}
          </p>
        ) : (
          <>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("passwordHelp")}</p>
            {user.disabled ? <p className="text-sm">{t("disabledNoLink")}</p> : <PasswordLinkForm action={createPasswordLinkAction} user={record} />}
            <TypedPasswordForm key={user.version} action={resetPasswordAction} user={record} />
          </>
        )}
      </Section>
    </div>
  );
}
