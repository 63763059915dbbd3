"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { createAkimat, endAkimat, updateAkimat } from "@/lib/data/registry/akimats";
import { AKIMAT_FIELDS, AkimatInput, type AkimatField } from "@/lib/validation/akimat-input";
import { END_FIELDS, EndInput, type EndField } from "@/lib/validation/end-input";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { parseForm } from "@/lib/validation/parse-form";

/** Akimat names and levels show on every page that lists people: the whole newsroom is refreshed. */
const refreshAll = () => revalidatePath("/", "layout");

/** Creates an akimat, or saves an edit of the version opened. Permission is checked in the data layer. */
export async function saveAkimatAction(_previous: FormState<FieldValues<AkimatField>>, formData: FormData): Promise<FormState<FieldValues<AkimatField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(AkimatInput, formData, AKIMAT_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  let saved: { id: string };
  try {
    saved = id ? await updateAkimat({ viewer, id, expectedVersion, input: parsed.data }) : await createAkimat({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveAkimat", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/akimats?saved=${encodeURIComponent(saved.id)}`);
}

/** Ends an akimat on a date; it stays listed, with its history. */
export async function endAkimatAction(_previous: FormState<FieldValues<EndField>>, formData: FormData): Promise<FormState<FieldValues<EndField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(EndInput, formData, END_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  try {
    await endAkimat({ viewer, id, expectedVersion, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "endAkimat", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/akimats?ended=${encodeURIComponent(id)}`);
}
