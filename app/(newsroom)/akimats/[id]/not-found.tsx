import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** An akimat id that is not in the registry (or a stale link): say so, and offer the list. */
export default async function AkimatNotFound() {
  const t = await getTranslations("profile.akimat");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <TextLink href="/akimats">{t("back")}</TextLink>
    </div>
  );
}
