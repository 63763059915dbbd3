"use client";

import { useTranslations } from "next-intl";
import { controlProps, Field } from "@/components/ui/field";
import { NOTE_LIMITS } from "@/lib/validation/note-limits";
import type { ObservationPart } from "./tri-state";

/**
 * The two notes, kept apart because one is printed in every export and the other never leaves the newsroom
 * (house rule 20). Each hint says which, and how long a note may be, before anything is typed.
 */
export function NoteFields({ part }: { part: ObservationPart }) {
  const t = useTranslations("observation");
  const { values, errorsOf } = part;
  return (
    <>
      {(["publicNote", "internalNote"] as const).map((field) => (
        <Field key={field} id={field} label={t(field)} help={t(`${field}Help`, { max: NOTE_LIMITS[field] })} errors={errorsOf(field)}>
          {(d, i) => <textarea id={field} name={field} rows={field === "publicNote" ? 3 : 5} defaultValue={values[field] ?? ""} {...controlProps(d, i)} />}
        </Field>
      ))}
    </>
  );
}
