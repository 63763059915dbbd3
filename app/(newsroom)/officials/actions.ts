"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { createAccount } from "@/lib/data/registry/create-account";
import { createOfficial } from "@/lib/data/registry/create-official";
import { createPosition } from "@/lib/data/registry/create-position";
import { endPosition } from "@/lib/data/registry/end-position";
import { formFailure } from "@/lib/data/registry/form-failure";
import { updateAccount } from "@/lib/data/registry/update-account";
import { updateOfficial } from "@/lib/data/registry/update-official";
import { updatePosition } from "@/lib/data/registry/update-position";
import { ACCOUNT_FIELDS, AccountInput, type AccountField } from "@/lib/validation/account-input";
import { END_FIELDS, EndInput, type EndField } from "@/lib/validation/end-input";
import { OFFICIAL_FIELDS, OfficialInput, type OfficialField } from "@/lib/validation/official-input";
import { parseRegistryForm } from "@/lib/validation/parse-registry-form";
import { POSITION_FIELDS, PositionInput, type PositionField } from "@/lib/validation/position-input";
import type { RegistryFormState } from "@/lib/validation/registry-form-state";

/*
 * The registry's official-side forms. Each action is thin: who is asking, what was typed, the data layer (which
 * checks the permission on the record, the version and writes the audit entry), then a refresh and a redirect.
 */

/** Names, posts and accounts show on the dashboard, the observation form and the embeds: refresh them all. */
const refreshAll = () => revalidatePath("/", "layout");
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const versionOf = (formData: FormData) => Number(formData.get("version"));

async function signedIn() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

export async function saveOfficialAction(_previous: RegistryFormState<OfficialField>, formData: FormData): Promise<RegistryFormState<OfficialField>> {
  const viewer = await signedIn();
  const parsed = parseRegistryForm(OfficialInput, formData, OFFICIAL_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const id = text(formData, "id");
  let saved: { id: string };
  try {
    saved = id ? await updateOfficial({ viewer, id, expectedVersion: versionOf(formData), input: parsed.data }) : await createOfficial({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveOfficial", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(saved.id)}?notice=${id ? "saved" : "created"}`);
}

export async function savePositionAction(_previous: RegistryFormState<PositionField>, formData: FormData): Promise<RegistryFormState<PositionField>> {
  const viewer = await signedIn();
  const parsed = parseRegistryForm(PositionInput, formData, POSITION_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const id = text(formData, "id");
  let officialId = text(formData, "officialId");
  try {
    if (id) officialId = (await updatePosition({ viewer, id, expectedVersion: versionOf(formData), input: parsed.data })).officialId;
    else await createPosition({ viewer, officialId, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "savePosition", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(officialId)}?notice=positionSaved`);
}

export async function endPositionAction(_previous: RegistryFormState<EndField>, formData: FormData): Promise<RegistryFormState<EndField>> {
  const viewer = await signedIn();
  const parsed = parseRegistryForm(EndInput, formData, END_FIELDS);
  if (!parsed.ok) return parsed.failure;
  let officialId: string;
  try {
    officialId = (await endPosition({ viewer, id: text(formData, "id"), expectedVersion: versionOf(formData), input: parsed.data })).officialId;
  } catch (error) {
    return formFailure(error, parsed.values, { action: "endPosition", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(officialId)}?notice=positionEnded`);
}

/** A reporter may add an account; only editors may change one (both decided in the data layer). */
export async function saveAccountAction(_previous: RegistryFormState<AccountField>, formData: FormData): Promise<RegistryFormState<AccountField>> {
  const viewer = await signedIn();
  const parsed = parseRegistryForm(AccountInput, formData, ACCOUNT_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const id = text(formData, "id");
  let officialId = text(formData, "officialId");
  try {
    if (id) officialId = (await updateAccount({ viewer, id, expectedVersion: versionOf(formData), input: parsed.data })).officialId;
    else await createAccount({ viewer, officialId, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveAccount", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(officialId)}?notice=${id ? "accountSaved" : "accountAdded"}`);
}
