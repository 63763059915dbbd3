import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** An akimat id that is not in the registry (or a stale link): say so, and offer the list. */
export default async function AkimatNotFound() {
  const t = await getTranslations("profile.akimat");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/akimats" className="text-blue-800 hover:underline dark:text-blue-300">
        {t("back")}
      </Link>
    </div>
  );
}
