"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Notice } from "@/components/ui/notice";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import { Row, Table } from "@/components/ui/table";
import { COLUMN_LANGUAGES, columnName, importFields, type ColumnLanguage, type ImportKind } from "@/lib/domain/import/fields";
import type { FormState } from "@/lib/validation/form-state";
import type { MappingProblems, MappingValues } from "@/lib/validation/import-forms";

type State = FormState<MappingValues, MappingProblems>;

/**
 * The second step: one select per column of the file, showing its first values, to say which field it fills.
 * Fields are named as the templates name their columns, in the editor's language. A refused mapping comes back
 * with every choice the editor made.
 */
export function MappingForm({
  action,
  importId,
  kind,
  headers,
  sample,
  mapping,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  importId: string;
  kind: ImportKind;
  headers: string[];
  sample: string[][];
  mapping: (string | null)[];
}) {
  const t = useTranslations("import.mapping");
  const locale = useLocale();
  const language: ColumnLanguage = (COLUMN_LANGUAGES as readonly string[]).includes(locale) ? (locale as ColumnLanguage) : "ru";
  const [state, formAction] = useActionState(action, { outcome: "idle", values: { mapping } });
  const fieldName = (field: string) => columnName(kind, field as Parameters<typeof columnName>[1], language);
  const twice = new Set(state.problems?.flatMap((p) => (p.problem === "twice" ? p.columns : [])));

  return (
    <form action={formAction} className="flex flex-col gap-4" key={JSON.stringify(state)}>
      <input type="hidden" name="id" value={importId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="width" value={headers.length} />
      <FormOutcome state={state} namespace="import.form" reloadHref={`/import/${encodeURIComponent(importId)}`} />
      {state.problems && state.problems.length > 0 && (
        <Notice tone="error">
          <ul id="mapping-problems" className="list-disc pl-5">
            {state.problems.map((p, i) => (
              <li key={i}>
                {p.problem === "missing" && t("problems.missing", { fields: p.fields.map(fieldName).join(t("or")) })}
                {p.problem === "twice" && t("problems.twice", { field: fieldName(p.field) })}
                {p.problem === "unknown" && t("problems.unknown")}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <Table
        density="compact"
        caption={t("caption")}
        head={
          <>
            <th scope="col">{t("column")}</th>
            <th scope="col">{t("sample")}</th>
            <th scope="col">{t("field")}</th>
          </>
        }
      >
        {headers.map((header, i) => (
          <Row key={i}>
            <th scope="row" className="font-semibold">
              {header || `#${i + 1}`}
            </th>
            <td className="max-w-xs text-zinc-700 dark:text-zinc-300">
              {sample
                .map((row) => row[i])
                .filter(Boolean)
                .slice(0, 3)
                .join(" · ") || t("empty")}
            </td>
            <td>
              <label htmlFor={`column-${i}`} className="sr-only">
                {t("fieldFor", { column: header || `#${i + 1}` })}
              </label>
              <select
                id={`column-${i}`}
                name={`column-${i}`}
                defaultValue={state.values.mapping[i] ?? ""}
                aria-invalid={twice.has(i) || undefined}
                aria-describedby={state.problems?.length ? "mapping-problems" : undefined}
                className="w-full min-w-48 rounded-md border border-zinc-400 bg-white px-2 py-1.5 aria-invalid:border-red-700 dark:border-zinc-600 dark:bg-zinc-900"
              >
                <option value="">{t("ignore")}</option>
                {importFields(kind).map((field) => (
                  <option key={field} value={field}>
                    {fieldName(field)}
                  </option>
                ))}
              </select>
            </td>
          </Row>
        ))}
      </Table>
      <FormActions>
        <SubmitButton>{t("submit")}</SubmitButton>
      </FormActions>
    </form>
  );
}
