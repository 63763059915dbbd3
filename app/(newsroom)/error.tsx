"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The newsroom's safe message for the unexpected: the digest is the id the server logged it under. */
export default function NewsroomError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {error.digest && <p className="font-mono text-sm">{t("unexpected", { id: error.digest })}</p>}
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
