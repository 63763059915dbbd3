import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/validation/form-state";

/** The features' own messages a field error may name, besides the shared `validation`. */
type FeatureMessages = "registry.validation" | "import.problems" | "waves.validation" | "savedEmbeds.validation";

type Answer<F extends string> = Pick<FormState<Partial<Record<F, unknown>>>, "fieldErrors" | "values">;

/**
 * A field's messages in the person's language, from the keys the action handed back. A key may carry what its
 * message names ("tooManyFiles:10", "fileTooLarge:photo.jpg"): that is the message's `{value}`; without it, the
 * value is what was typed. The shared `validation` messages come first, then the feature's own (`also`), which
 * may quote `params` (the import's limits). An unknown key still says something true ("not valid") rather than
 * showing a key.
 */
export function useFieldErrors<F extends string>(
  state: Answer<F>,
  { also, params }: { also?: FeatureMessages; params?: Record<string, string | number> } = {},
) {
  const tv = useTranslations("validation");
  const ta = useTranslations(also ?? "validation");
  return (field: F): string[] | undefined =>
    state.fieldErrors?.[field]?.map((entry) => {
      const [key = "invalid", param] = entry.split(/:(.*)/s);
      const typed = state.values[field];
      const values = { ...params, value: param ?? (typeof typed === "string" ? typed : "") };
      if (tv.has(key)) return tv(key, values);
      if (also && ta.has(key)) return ta(key, values);
      return tv("invalid");
    });
}
