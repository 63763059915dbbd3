import { CARRIED_FIELDS, isCarriedField, type CarriedField } from "@/lib/domain/carried-fields";
import type { ObservationField, ObservationFormValues } from "./observation-input";

/**
 * A repeat survey's form starts from the account's latest approved observation. It posts what it was filled with
 * (`carried`, JSON: each carried field's form values and when they were seen) beside what the reporter sends, and
 * the fields they ticked as seen again (`seen`, or `seenAll`). A field sent back as it was filled, and not ticked,
 * was not re-checked: it keeps the published value and date instead of being re-dated today (decision 0014).
 * A changed field, a cleared one included ("none now"), is recorded.
 */

/** The form's inputs of each carried field. */
export const CARRIED_FORM_FIELDS: Record<CarriedField, readonly ObservationField[]> = {
  attribution: ["attribution", "attributionNote"],
  visibility: ["visibility"],
  hasAvatar: ["hasAvatar"],
  verifiedBadge: ["verifiedBadge"],
  followers: ["followers"],
  following: ["following"],
  friends: ["friends"],
  posts: ["posts"],
  lastPostAt: ["lastPostAt", "lastPostUrl"],
  contentKinds: ["contentKinds"],
  languages: ["languages"],
  commentsOpen: ["commentsOpen"],
  replies: ["replies"],
  liveStreams: ["liveStreams"],
  lastLiveAt: ["lastLiveAt"],
  personalStories: ["personalStories"],
  likesLevel: ["likesLevel"],
};

const MULTI: readonly ObservationField[] = ["contentKinds", "languages"];
/** Far more than 17 fields' values need; a larger hidden field is not the form's. */
const MAX_CARRIED_JSON = 20_000;

export type CarriedFormField = { values: Partial<Record<ObservationField, string>>; seenAt: string };
export type CarriedForm = Partial<Record<CarriedField, CarriedFormField>>;

function normalized(field: ObservationField, value: string | undefined): string {
  const text = (value ?? "").trim();
  return MULTI.includes(field) ? text.split(",").filter(Boolean).sort().join(",") : text;
}

/** What the form is filled with for a repeat: every carried field that holds something, with when it was seen. */
export function carriedForm(values: ObservationFormValues, seenAt: Partial<Record<CarriedField, Date>>): CarriedForm {
  const carried: CarriedForm = {};
  for (const field of CARRIED_FIELDS) {
    const inputs = CARRIED_FORM_FIELDS[field];
    if (inputs.every((input) => normalized(input, values[input]) === "")) continue;
    const when = seenAt[field];
    if (!when) continue;
    carried[field] = { values: Object.fromEntries(inputs.map((input) => [input, values[input] ?? ""])), seenAt: when.toISOString() };
  }
  return carried;
}

/** The hidden field's text, read defensively: it comes back from the browser. */
export function readCarriedForm(text: string | undefined): CarriedForm {
  if (!text || text.length > MAX_CARRIED_JSON) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  const carried: CarriedForm = {};
  for (const [field, entry] of Object.entries(parsed)) {
    if (!isCarriedField(field) || !entry || typeof entry !== "object") continue;
    const { values, seenAt } = entry as Record<string, unknown>;
    if (typeof seenAt !== "string" || Number.isNaN(Date.parse(seenAt)) || !values || typeof values !== "object") continue;
    const inputs = CARRIED_FORM_FIELDS[field];
    const record = values as Record<string, unknown>;
    carried[field] = { values: Object.fromEntries(inputs.map((input) => [input, typeof record[input] === "string" ? record[input] : ""])), seenAt };
  }
  return carried;
}

/** The carried fields the reporter sent back unchanged and did not tick as seen again. */
export function uncheckedFieldsOf(values: ObservationFormValues): CarriedField[] {
  if (values.existence !== "FOUND" || values.seenAll === "yes") return [];
  const carried = readCarriedForm(values.carried);
  const seen = new Set((values.seen ?? "").split(","));
  return CARRIED_FIELDS.filter((field) => {
    const entry = carried[field];
    if (!entry || seen.has(field)) return false;
    return CARRIED_FORM_FIELDS[field].every((input) => normalized(input, values[input]) === normalized(input, entry.values[input]));
  });
}

const blank = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * An imported row's carried fields whose cells are all empty. A spreadsheet cannot say "not re-checked" apart
 * from "none", and a repeat round's sheet often has only the columns that were counted again: an empty cell
 * never erases what was published (decision 0014).
 */
export function blankCarriedFields(input: Partial<Record<ObservationField, unknown>> & { existence?: string }): CarriedField[] {
  if (input.existence !== "FOUND") return [];
  return CARRIED_FIELDS.filter((field) => CARRIED_FORM_FIELDS[field].every((name) => blank(input[name])));
}
