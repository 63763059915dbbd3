"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { createAccount, updateAccount } from "@/lib/data/registry/accounts";
import { createOfficial, updateOfficial } from "@/lib/data/registry/officials";
import { createPosition, endPosition, updatePosition } from "@/lib/data/registry/positions";
import { ACCOUNT_FIELDS, AccountInput, type AccountField } from "@/lib/validation/account-input";
import { END_FIELDS, EndInput, type EndField } from "@/lib/validation/end-input";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { OFFICIAL_FIELDS, OfficialInput, type OfficialField } from "@/lib/validation/official-input";
import { parseForm } from "@/lib/validation/parse-form";
import { POSITION_FIELDS, PositionInput, type PositionField } from "@/lib/validation/position-input";

/*
 * The registry's official-side forms. Each action is thin: who is asking, what was typed, the data layer (which
 * checks the permission on the record, the version and writes the audit entry), then a refresh and a redirect.
 */

/** Names, posts and accounts show across the newsroom (the dashboard, the observation form): refresh all its pages. */
const refreshAll = () => revalidatePath("/", "layout");
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function saveOfficialAction(_previous: FormState<FieldValues<OfficialField>>, formData: FormData): Promise<FormState<FieldValues<OfficialField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(OfficialInput, formData, OFFICIAL_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  let saved: { id: string };
  try {
    saved = id ? await updateOfficial({ viewer, id, expectedVersion, input: parsed.data }) : await createOfficial({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveOfficial", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(saved.id)}?notice=${id ? "saved" : "created"}`);
}

export async function savePositionAction(_previous: FormState<FieldValues<PositionField>>, formData: FormData): Promise<FormState<FieldValues<PositionField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(PositionInput, formData, POSITION_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  let officialId = text(formData, "officialId");
  try {
    if (id) officialId = (await updatePosition({ viewer, id, expectedVersion, input: parsed.data })).officialId;
    else await createPosition({ viewer, officialId, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "savePosition", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(officialId)}?notice=positionSaved`);
}

export async function endPositionAction(_previous: FormState<FieldValues<EndField>>, formData: FormData): Promise<FormState<FieldValues<EndField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(EndInput, formData, END_FIELDS);
  if (!parsed.ok) return parsed.failure;
  let officialId: string;
  try {
    officialId = (await endPosition({ viewer, ...recordOf(formData), input: parsed.data })).officialId;
  } catch (error) {
    return formFailure(error, parsed.values, { action: "endPosition", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(officialId)}?notice=positionEnded`);
}

/** A reporter may add an account; only editors may change one (both decided in the data layer). */
export async function saveAccountAction(_previous: FormState<FieldValues<AccountField>>, formData: FormData): Promise<FormState<FieldValues<AccountField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(AccountInput, formData, ACCOUNT_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  let officialId = text(formData, "officialId");
  try {
    if (id) officialId = (await updateAccount({ viewer, id, expectedVersion, input: parsed.data })).officialId;
    else await createAccount({ viewer, officialId, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveAccount", viewerId: viewer.id });
  }
  refreshAll();
  redirect(`/officials/${encodeURIComponent(officialId)}?notice=${id ? "accountSaved" : "accountAdded"}`);
}
