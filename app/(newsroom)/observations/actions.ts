"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/data/errors";
import { recordObservation } from "@/lib/data/observations/record-observation";
import { updateObservation } from "@/lib/data/observations/update-observation";
import { logUnexpected } from "@/lib/logger";
import { formValues } from "@/lib/validation/form-data";
import type { ObservationFormState } from "@/lib/validation/observation-form-state";
import { OBSERVATION_FIELDS, ObservationInput } from "@/lib/validation/observation-input";

/** Saves a new observation or the author's edit: parse, authorize (in the data layer, per record), save, redirect. */
export async function saveObservationAction(_previous: ObservationFormState, formData: FormData): Promise<ObservationFormState> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const values = formValues(formData, OBSERVATION_FIELDS);
  const parsed = ObservationInput.safeParse({ ...values, intent: formData.get("intent") });
  if (!parsed.success) return { outcome: "invalid", values, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const id = formData.get("id");
  let saved: { id: string; status: string };
  try {
    saved =
      typeof id === "string" && id
        ? await updateObservation({ viewer, id, expectedVersion: Number(formData.get("version")), input: parsed.data })
        : await recordObservation({ viewer, input: parsed.data });
  } catch (error) {
    if (error instanceof FieldError) return { outcome: "invalid", values, fieldErrors: error.fieldErrors };
    if (error instanceof ConflictError) return { outcome: "conflict", values, conflict: { version: error.currentVersion, status: error.currentStatus } };
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { outcome: "forbidden", values };
    return { outcome: "error", values, errorId: logUnexpected(error, { action: "saveObservation", viewerId: viewer.id }) };
  }
  revalidatePath("/observations");
  revalidatePath("/review");
  redirect(`/observations/${saved.id}?saved=${saved.status === "SUBMITTED" ? "submitted" : "draft"}`);
}
