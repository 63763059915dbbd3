import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewUserForm } from "@/components/admin/new-user-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { createUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.newUser"))("title") };
}

export default async function NewUserPage() {
  await requirePermission("users.manage");
  const t = await getTranslations("admin.newUser");
  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/admin/users" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <NewUserForm action={createUserAction} />
    </div>
  );
}
