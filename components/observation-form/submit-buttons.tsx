"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Disabled while saving, so that a second click does not send a second request. */
export function SubmitButtons() {
  const { pending } = useFormStatus();
  const t = useTranslations("observation");
  return (
    <div className="flex flex-wrap gap-3" aria-live="polite">
      <Button type="submit" name="intent" value="submit" disabled={pending}>
        {t("submit")}
      </Button>
      <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
        {t("saveDraft")}
      </Button>
      {pending && <span className="self-center text-sm">{t("saving")}</span>}
    </div>
  );
}
