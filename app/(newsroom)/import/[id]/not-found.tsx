import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** An import that does not exist (or a link followed by someone who may not import). */
export default async function ImportNotFound() {
  const [t, tc] = await Promise.all([getTranslations("import"), getTranslations("common")]);
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-xl font-bold">{tc("notFoundTitle")}</h1>
      <p>{tc("notFoundBody")}</p>
      <Link href="/import" className="self-start text-blue-800 underline dark:text-blue-300">
        {t("title")}
      </Link>
    </div>
  );
}
