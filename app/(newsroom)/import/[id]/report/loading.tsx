import { getTranslations } from "next-intl/server";
import { RegistrySkeleton } from "@/components/registry/registry-skeleton";

/** A file of 20 000 rows takes a few seconds to check. */
export default async function ImportReportLoading() {
  return <RegistrySkeleton label={(await getTranslations("common"))("loading")} rows={10} />;
}
