import { getTranslations } from "next-intl/server";
import { RegistrySkeleton } from "@/components/registry/registry-skeleton";

export default async function WavesLoading() {
  return <RegistrySkeleton label={(await getTranslations("common"))("loading")} rows={4} />;
}
