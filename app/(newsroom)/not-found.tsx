import { getTranslations } from "next-intl/server";

export default async function NewsroomNotFound() {
  const t = await getTranslations("common");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
    </div>
  );
}
