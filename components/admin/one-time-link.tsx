"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";

/**
 * A freshly made set-password link, shown this once: it lives only in the action's answer, so leaving the
 * page loses it (a new one can be made, which replaces it). Selectable without JavaScript; a copy button with it.
 */
export function OneTimeLink({ url, expiresAt }: { url: string; expiresAt: string }) {
  const t = useTranslations("admin.link");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
      <Field
        id="one-time-link"
        label={t("label")}
        help={t("help", { date: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
      >
        {(describedBy) => (
          <input
            id="one-time-link"
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby={describedBy}
            spellCheck={false}
            className={`${inputClasses} font-mono text-sm`}
          />
        )}
      </Field>
      <div className="flex items-center gap-3" aria-live="polite">
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        {copied && <span className="text-sm">{t("copied")}</span>}
      </div>
    </div>
  );
}
