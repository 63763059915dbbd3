"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/data/errors";
import { recordObservation } from "@/lib/data/observations/record-observation";
import { updateObservation } from "@/lib/data/observations/update-observation";
import { MAX_SCREENSHOTS_PER_OBSERVATION } from "@/lib/domain/image-type";
import { logUnexpected } from "@/lib/logger";
import { formValues } from "@/lib/validation/form-data";
import type { ObservationFormState } from "@/lib/validation/observation-form-state";
import { OBSERVATION_FIELDS, OBSERVATION_MULTI_FIELDS, ObservationInput } from "@/lib/validation/observation-input";

/** Saves a new observation or the author's edit: parse, authorize (in the data layer, per record), save, redirect. */
export async function saveObservationAction(_previous: ObservationFormState, formData: FormData): Promise<ObservationFormState> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const values = formValues(formData, OBSERVATION_FIELDS, OBSERVATION_MULTI_FIELDS);
  const screenshots = formData.getAll("screenshots").filter((file): file is File => file instanceof File && file.size > 0);
  const removeEvidenceIds = formData.getAll("removeEvidence").filter((id): id is string => typeof id === "string");
  const filesDropped = screenshots.length > 0;
  const parsed = ObservationInput.safeParse({ ...values, intent: formData.get("intent") });
  if (!parsed.success) return { outcome: "invalid", values, fieldErrors: z.flattenError(parsed.error).fieldErrors, filesDropped };
  if (screenshots.length > MAX_SCREENSHOTS_PER_OBSERVATION) {
    return { outcome: "invalid", values, fieldErrors: { screenshots: [`tooManyFiles:${MAX_SCREENSHOTS_PER_OBSERVATION}`] }, filesDropped };
  }

  const id = formData.get("id");
  let saved: { id: string; status: string };
  try {
    saved =
      typeof id === "string" && id
        ? await updateObservation({ viewer, id, expectedVersion: Number(formData.get("version")), input: parsed.data, screenshots, removeEvidenceIds })
        : await recordObservation({ viewer, input: parsed.data, screenshots });
  } catch (error) {
    if (error instanceof FieldError) return { outcome: "invalid", values, fieldErrors: error.fieldErrors, filesDropped };
    if (error instanceof ConflictError) return { outcome: "conflict", values, conflict: { version: error.currentVersion, status: error.currentStatus }, filesDropped };
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { outcome: "forbidden", values, filesDropped };
    return { outcome: "error", values, errorId: logUnexpected(error, { action: "saveObservation", viewerId: viewer.id }), filesDropped };
  }
  revalidatePath("/observations");
  revalidatePath("/review");
  redirect(`/observations/${saved.id}?saved=${saved.status === "SUBMITTED" ? "submitted" : "draft"}`);
}
