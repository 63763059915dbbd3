"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createSavedEmbed, updateSavedEmbed } from "@/lib/data/embed/saved-embeds";
import { formFailure } from "@/lib/data/form-failure";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { parseForm } from "@/lib/validation/parse-form";
import { SAVED_EMBED_FIELDS, SavedEmbedInput, type SavedEmbedField } from "@/lib/validation/saved-embed-input";

/**
 * Saves the builder's view with an article's text under a short address (issue 17, part 5), or a fix of a saved
 * embed on the version opened: who asks, what was sent, the data layer (which checks embed.build and writes the
 * audit entry), then the saved embed's page with its address and code. The public embed needs no revalidation: its
 * renders are keyed by the publication version, which the audit entry moves.
 */
export async function saveEmbedAction(
  _previous: FormState<FieldValues<SavedEmbedField>>,
  formData: FormData,
): Promise<FormState<FieldValues<SavedEmbedField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(SavedEmbedInput, formData, SAVED_EMBED_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  let saved: { id: string };
  try {
    saved = id ? await updateSavedEmbed({ viewer, id, expectedVersion, input: parsed.data }) : await createSavedEmbed({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveEmbed", viewerId: viewer.id });
  }
  revalidatePath("/embed-builder", "layout");
  redirect(`/embed-builder/saved/${encodeURIComponent(saved.id)}?${id ? "saved" : "created"}=1`);
}
