import { getTranslations } from "next-intl/server";
import { AdminSkeleton } from "@/components/admin/admin-skeleton";

export default async function UserLoading() {
  return <AdminSkeleton label={(await getTranslations("common"))("loading")} rows={4} />;
}
