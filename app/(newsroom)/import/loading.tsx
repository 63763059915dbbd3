import { getTranslations } from "next-intl/server";
import { RegistrySkeleton } from "@/components/registry/registry-skeleton";

export default async function ImportLoading() {
  return <RegistrySkeleton label={(await getTranslations("common"))("loading")} rows={6} />;
}
