import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";

/**
 * The first step of a new observation when there are too many officials to list at once: choose the akimat,
 * then the form lists its officials. A GET form, so it works without JavaScript and the choice is in the address.
 * `keep` carries the rest of the address (a platform chosen in advance) through the choice.
 */
export function AkimatChooser({ akimats, keep }: { akimats: { id: string; name: string; officials: number }[]; keep: Record<string, string> }) {
  const t = useTranslations("observation");
  return (
    <form method="get" action="/observations/new" className="flex flex-col gap-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
      <p>{t("chooseAkimatIntro")}</p>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FilterSelect
        name="akimat"
        label={t("akimat")}
        options={akimats.map((akimat) => ({ value: akimat.id, label: t("akimatOption", { name: akimat.name, count: akimat.officials }) }))}
      />
      <div>
        <Button type="submit">{t("chooseAkimat")}</Button>
      </div>
    </form>
  );
}
