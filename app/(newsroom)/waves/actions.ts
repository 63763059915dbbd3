"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { assignWave, createWave, setWaveClosed, unassignWave, updateWave } from "@/lib/data/waves/waves";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { parseForm } from "@/lib/validation/parse-form";
import {
  WAVE_ASSIGNMENT_FIELDS,
  WAVE_FIELDS,
  WAVE_MULTI_FIELDS,
  WaveAssignmentInput,
  WaveInput,
  type WaveAssignmentField,
  type WaveField,
} from "@/lib/validation/wave-input";

/*
 * A wave's forms (docs/decisions/0017-survey-waves.md), each a plain form post: who asks, what was sent, the data
 * layer (which checks the permission and writes the audit entry), then back to the wave.
 */

const wavePath = (id: string, flag: string) => `/waves/${encodeURIComponent(id)}?${flag}`;
const refresh = () => {
  revalidatePath("/waves", "layout");
  revalidatePath("/observations/new");
};

/** Plans a wave, or saves an edit of the version opened. */
export async function saveWaveAction(_previous: FormState<FieldValues<WaveField>>, formData: FormData): Promise<FormState<FieldValues<WaveField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(WaveInput, formData, WAVE_FIELDS, WAVE_MULTI_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  let saved: { id: string };
  try {
    saved = id ? await updateWave({ viewer, id, expectedVersion, input: parsed.data }) : await createWave({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "saveWave", viewerId: viewer.id });
  }
  refresh();
  redirect(wavePath(saved.id, "saved=1"));
}

/** Closes a wave (no more observations go into it) or reopens it. */
export async function changeWaveStateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const change = formData.get("change");
  if (change !== "close" && change !== "reopen") return { outcome: "invalid", values: {}, fieldErrors: { change: ["unknownOption"] } };
  const { id, expectedVersion } = recordOf(formData);
  try {
    await setWaveClosed({ viewer, id, expectedVersion, closed: change === "close" });
  } catch (error) {
    return formFailure(error, {}, { action: "changeWaveState", viewerId: viewer.id });
  }
  refresh();
  redirect(wavePath(id, change === "close" ? "closed=1" : "reopened=1"));
}

/** Gives a reporter an akimat or an official of the wave. */
export async function assignWaveAction(
  _previous: FormState<FieldValues<WaveAssignmentField>>,
  formData: FormData,
): Promise<FormState<FieldValues<WaveAssignmentField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(WaveAssignmentInput, formData, WAVE_ASSIGNMENT_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { id, expectedVersion } = recordOf(formData);
  try {
    await assignWave({ viewer, id, expectedVersion, input: parsed.data });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "assignWave", viewerId: viewer.id });
  }
  refresh();
  redirect(wavePath(id, "assigned=1"));
}

/** Takes an assignment back: that part is open to anyone again. */
export async function unassignWaveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const { id, expectedVersion } = recordOf(formData);
  const assignmentId = formData.get("assignmentId");
  try {
    await unassignWave({ viewer, id, expectedVersion, assignmentId: typeof assignmentId === "string" ? assignmentId : "" });
  } catch (error) {
    return formFailure(error, {}, { action: "unassignWave", viewerId: viewer.id });
  }
  refresh();
  redirect(wavePath(id, "unassigned=1"));
}
