"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * The safe message for the unexpected: never the error's text, only the digest, which is the id the server
 * logged the error under with the request's id (instrumentation.ts). An error thrown in the browser has no
 * digest and was never logged, so it shows no id. The sign-in and public pages reuse this boundary.
 */
export default function SafeError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {digest && <p className="font-mono text-sm">{t("unexpected", { id: digest })}</p>}
      <Button type="button" onClick={retry}>
        {t("retry")}
      </Button>
    </div>
  );
}
