import { getTranslations } from "next-intl/server";

const STEPS = ["upload", "mapping", "report", "done"] as const;
export type ImportStep = (typeof STEPS)[number];

/** Where the editor is among the import's four steps; the current one is announced as such. */
export async function ImportSteps({ current }: { current: ImportStep }) {
  const t = await getTranslations("import.steps");
  return (
    <nav aria-label={t("label")}>
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={step === current ? "step" : undefined}
            className={`rounded-full border px-3 py-1 ${step === current ? "border-blue-800 bg-blue-50 font-semibold text-blue-950 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100" : "border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"}`}
          >
            {i + 1}. {t(step)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
