"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<"role">>;
const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const;

/** Sets a user's role, for the version the admin opened. */
export function RoleForm({
  action,
  user,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  user: { id: string; version: number; role: Role };
}) {
  const t = useTranslations("admin.user");
  const tr = useTranslations("roles");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: { role: user.role } });
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="admin.outcome" reloadHref={`/admin/users/${user.id}`} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <Field id="role" label={t("role")} errors={errorsOf("role")}>
        {(d, i) => (
          <select id="role" name="role" defaultValue={state.values.role ?? user.role} {...controlProps(d, i)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton className="self-start">{t("saveRole")}</SubmitButton>
    </form>
  );
}
