"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { deleteDraft } from "@/lib/data/observations/delete-draft";
import { recordObservation } from "@/lib/data/observations/record-observation";
import { updateObservation } from "@/lib/data/observations/update-observation";
import { MAX_SCREENSHOTS_PER_OBSERVATION } from "@/lib/domain/image-type";
import { uncheckedFieldsOf } from "@/lib/validation/carried-input";
import { formValues, recordOf } from "@/lib/validation/form-data";
import { invalidState, type FormState } from "@/lib/validation/form-state";
import {
  OBSERVATION_FIELDS,
  OBSERVATION_MULTI_FIELDS,
  ObservationInput,
  type FilesDropped,
  type ObservationFormValues,
} from "@/lib/validation/observation-input";

type State = FormState<ObservationFormValues, FilesDropped>;

/** Saves a new observation or the author's edit: parse, authorize (in the data layer, per record), save, redirect. */
export async function saveObservationAction(_previous: State, formData: FormData): Promise<State> {
  const viewer = await requireViewer();
  const values = formValues(formData, OBSERVATION_FIELDS, OBSERVATION_MULTI_FIELDS);
  const screenshots = formData.getAll("screenshots").filter((file): file is File => file instanceof File && file.size > 0);
  const removeEvidenceIds = formData.getAll("removeEvidence").filter((id): id is string => typeof id === "string");
  const filesDropped = screenshots.length > 0;
  const parsed = ObservationInput.safeParse({ ...values, intent: formData.get("intent") });
  if (!parsed.success) return { ...invalidState(parsed.error, values), filesDropped };
  if (screenshots.length > MAX_SCREENSHOTS_PER_OBSERVATION) {
    return { outcome: "invalid", values, fieldErrors: { screenshots: [`tooManyFiles:${MAX_SCREENSHOTS_PER_OBSERVATION}`] }, filesDropped };
  }

  const { id, expectedVersion } = recordOf(formData);
  // Carried fields sent back as they came and not ticked as seen again were not re-checked (decision 0014).
  const input = { ...parsed.data, uncheckedFields: uncheckedFieldsOf(values) };
  let saved: { id: string; status: string };
  try {
    saved = id
      ? await updateObservation({ viewer, id, expectedVersion, input, screenshots, removeEvidenceIds })
      : await recordObservation({ viewer, input, screenshots });
  } catch (error) {
    return { ...formFailure(error, values, { action: "saveObservation", viewerId: viewer.id }), filesDropped };
  }
  revalidatePath("/observations");
  revalidatePath("/review");
  redirect(`/observations/${saved.id}?saved=${saved.status === "SUBMITTED" ? "submitted" : "draft"}`);
}

/**
 * The author throws a draft away (a form with a confirmation box, so a stray click deletes nothing; it works
 * without JavaScript). Whether this person may, on this record, is decided in the data layer.
 */
export async function deleteDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  if (formData.get("confirm") !== "yes") return { outcome: "invalid", values: {}, fieldErrors: { confirm: ["confirmDelete"] } };
  try {
    await deleteDraft({ viewer, ...recordOf(formData) });
  } catch (error) {
    return formFailure(error, {}, { action: "deleteDraft", viewerId: viewer.id });
  }
  revalidatePath("/observations");
  redirect("/observations?deleted=1");
}
