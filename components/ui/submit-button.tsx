"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";

/**
 * A form's submit button: disabled while its form is sent, so that a second click does not send a second
 * request (without JavaScript, a plain submit button). `pendingText` takes the label's place meanwhile;
 * `name` and `value` tell the action which of a form's buttons was pressed.
 */
export function SubmitButton({
  children,
  pendingText,
  variant,
  name,
  value,
  className,
}: {
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name={name} value={value} variant={variant} disabled={pending} className={className}>
      {pending && pendingText ? pendingText : children}
    </Button>
  );
}

/** A form's submit buttons in a row, with "Saving…" (or `pendingText`) beside them while the form is sent. */
export function FormActions({ children, pendingText }: { children: ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  return (
    <div className="flex flex-wrap gap-3" aria-live="polite">
      {children}
      {pending && <span className="self-center text-sm">{pendingText ?? t("saving")}</span>}
    </div>
  );
}
