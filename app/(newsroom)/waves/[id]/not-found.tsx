import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** A wave id that is not there (or a stale link): say so, and offer the list. */
export default async function WaveNotFound() {
  const t = await getTranslations("waves");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <TextLink href="/waves">{t("back")}</TextLink>
    </div>
  );
}
