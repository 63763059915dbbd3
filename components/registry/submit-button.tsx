"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** Disabled while saving, so that a second click does not send a second request. */
export function SubmitButton({ children, variant, label }: { children: ReactNode; variant?: ButtonVariant; label?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("registry.form");
  return (
    <div className="flex flex-wrap items-center gap-3" aria-live="polite">
      <Button type="submit" variant={variant} disabled={pending} aria-label={label}>
        {children}
      </Button>
      {pending && <span className="text-sm">{t("saving")}</span>}
    </div>
  );
}
