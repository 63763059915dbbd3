import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { setLocaleAction } from "@/app/actions";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { getViewer } from "@/lib/auth/viewer";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo";
import { env } from "@/lib/env";
import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getViewer()) redirect("/");
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LocaleSwitcher action={setLocaleAction} />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">Ashyq</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      </div>
      <SignInForm action={signInAction} callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      {env.DEMO_MODE && (
        <section aria-labelledby="demo-title" className="rounded-md border border-dashed border-zinc-400 p-4 text-sm">
          <h2 id="demo-title" className="font-semibold">
            {t("demoTitle")}
          </h2>
          <ul className="mt-2 font-mono">
            {DEMO_USERS.map((user) => (
              <li key={user.email}>{user.email}</li>
            ))}
          </ul>
          <p className="mt-2">{t("demoPassword", { password: DEMO_PASSWORD })}</p>
        </section>
      )}
    </main>
  );
}
