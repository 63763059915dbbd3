import { getTranslations } from "next-intl/server";
import { AdminSkeleton } from "@/components/admin/admin-skeleton";

export default async function SetPasswordLoading() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <AdminSkeleton label={(await getTranslations("common"))("loading")} rows={3} />
    </main>
  );
}
