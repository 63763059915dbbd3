/**
 * Every field of the observation form, in the browser's order, as a browser without JavaScript posts it: what
 * the benchmark's reporter filled in, and "" for each input left empty or select left at "not stated". One list,
 * so that the crash and load tests post the same form, and a field added to the form is added here once.
 */
const SINGLE_FIELDS_BEFORE_LISTS = [
  "officialId",
  "platform",
  "accountId",
  "observedAt",
  "existence",
  "visibility",
  "hasAvatar",
  "verifiedBadge",
  "attribution",
  "attributionNote",
  "followers",
  "following",
  "friends",
  "posts",
  "lastPostAt",
  "lastPostUrl",
] as const;
const SINGLE_FIELDS_AFTER_LISTS = ["commentsOpen", "replies", "likesLevel", "personalStories", "liveStreams", "lastLiveAt", "notes", "evidenceLinks"] as const;

export type ObservationFormField = (typeof SINGLE_FIELDS_BEFORE_LISTS)[number] | (typeof SINGLE_FIELDS_AFTER_LISTS)[number];

export function observationFormFields({
  filled,
  contentKinds = [],
  languages = [],
}: {
  filled: Partial<Record<ObservationFormField, string>>;
  contentKinds?: string[];
  languages?: string[];
}): [string, string][] {
  const single = (name: ObservationFormField): [string, string] => [name, filled[name] ?? ""];
  return [
    ...SINGLE_FIELDS_BEFORE_LISTS.map(single),
    ...contentKinds.map((kind): [string, string] => ["contentKinds", kind]),
    ...languages.map((language): [string, string] => ["languages", language]),
    ...SINGLE_FIELDS_AFTER_LISTS.map(single),
  ];
}
