import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** A saved embed's id that is not there (or a stale link): say so, and offer the list. */
export default async function SavedEmbedNotFound() {
  const t = await getTranslations("savedEmbeds");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <TextLink href="/embed-builder/saved">{t("back")}</TextLink>
    </div>
  );
}
