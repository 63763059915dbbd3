"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { createAkimat } from "@/lib/data/registry/create-akimat";
import { endAkimat } from "@/lib/data/registry/end-akimat";
import { formFailure } from "@/lib/data/registry/form-failure";
import { updateAkimat } from "@/lib/data/registry/update-akimat";
import { AKIMAT_FIELDS, AkimatInput, type AkimatField } from "@/lib/validation/akimat-input";
import { END_FIELDS, EndInput, type EndField } from "@/lib/validation/end-input";
import { parseRegistryForm } from "@/lib/validation/parse-registry-form";
import type { RegistryFormState } from "@/lib/validation/registry-form-state";

/** Akimat names and levels show on every page that lists people: the whole newsroom is refreshed. */
const refreshAll = () => revalidatePath("/", "layout");

/** Creates an akimat, or saves an edit of the version opened. Permission is checked in the data layer. */
export async function saveAkimatAction(_previous: RegistryFormState<AkimatField>, formData: FormData): Promise<RegistryFormState<AkimatField>> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const parsed = parseRegistryForm(AkimatInput, formData, AKIMAT_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const id = formData.get("id");
  let saved: { id: string };
  try {
    saved =
      typeof id === "string" && id
        ? await updateAkimat({ viewer, id, expectedVersion: Number(formData.get("version")), input: parsed.data })
        : await createAkimat({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveAkimat", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/akimats?saved=${encodeURIComponent(saved.id)}`);
}

/** Ends an akimat on a date; it stays listed, with its history. */
export async function endAkimatAction(_previous: RegistryFormState<EndField>, formData: FormData): Promise<RegistryFormState<EndField>> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const parsed = parseRegistryForm(EndInput, formData, END_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const id = String(formData.get("id") ?? "");
  try {
    await endAkimat({ viewer, id, expectedVersion: Number(formData.get("version")), input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "endAkimat", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/akimats?ended=${encodeURIComponent(id)}`);
}
