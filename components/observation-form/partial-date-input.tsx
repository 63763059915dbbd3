import { controlProps } from "@/components/ui/field";

/**
 * A date known to the day, the month or only the year ("17.08.2023", "08.2023", "авг 2023", "2021"): a text field,
 * not the browser's date picker, which cannot take a month or a year; lib/domain/partial-date.ts reads it on the
 * server, so it works without JavaScript. What was typed comes back as typed after a failed save.
 */
export function PartialDateInput({ field, value, describedBy, invalid }: { field: string; value?: string; describedBy?: string; invalid: boolean }) {
  return <input id={field} name={field} type="text" autoComplete="off" spellCheck={false} defaultValue={value ?? ""} {...controlProps(describedBy, invalid)} />;
}
