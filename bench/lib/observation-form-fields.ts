import { OBSERVATION_FIELDS, OBSERVATION_MULTI_FIELDS, type ObservationField } from "@/lib/validation/observation-input";

/**
 * Every field of the observation form, as a browser without JavaScript posts it: what the benchmark's reporter
 * filled in, and "" for each input left empty or select left at "not stated". Taken from the form's own list
 * (lib/validation/observation-input.ts), so that the crash and load tests post the whole form as it is now.
 * The idempotency key is not here: it is a hidden input of the page, read with the Server Action's (crash/form.ts).
 */
type SingleField = Exclude<ObservationField, "idempotencyKey" | (typeof OBSERVATION_MULTI_FIELDS)[number]>;
const SINGLE_FIELDS = OBSERVATION_FIELDS.filter(
  (name): name is SingleField => name !== "idempotencyKey" && !(OBSERVATION_MULTI_FIELDS as readonly string[]).includes(name),
);

export function observationFormFields({
  filled,
  contentKinds = [],
  languages = [],
}: {
  filled: Partial<Record<SingleField, string>>;
  contentKinds?: string[];
  languages?: string[];
}): [string, string][] {
  return [
    ...SINGLE_FIELDS.map((name): [string, string] => [name, filled[name] ?? ""]),
    ...contentKinds.map((kind): [string, string] => ["contentKinds", kind]),
    ...languages.map((language): [string, string] => ["languages", language]),
  ];
}
