import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { UserTable } from "@/components/admin/user-table";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { listUsers } from "@/lib/data/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  const viewer = await requirePermission("users.manage");
  const [users, t] = await Promise.all([listUsers({ viewer }), getTranslations("admin.users")]);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/users/new" className={buttonClasses()}>
          {t("add")}
        </Link>
      </div>
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      {users.length === 0 ? <Notice>{t("empty")}</Notice> : <UserTable users={users} />}
    </div>
  );
}
