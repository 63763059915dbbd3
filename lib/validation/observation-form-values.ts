import { storedPartialDate, toIsoPartialDate } from "@/lib/domain/partial-date";
import { toLocalDateTimeInput } from "@/lib/domain/time";
import type { Evidence, Observation } from "@/lib/generated/prisma/browser";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { ObservationFormValues } from "./observation-input";

/** The columns the form is filled from, typed from the schema; the evidence, when the caller loaded it. */
type StoredObservation = Pick<
  Observation,
  | "officialId"
  | "platform"
  | "accountId"
  | "observedAt"
  | "observedAtPrecision"
  | "existence"
  | "visibility"
  | "attribution"
  | "attributionNote"
  | "hasAvatar"
  | "verifiedBadge"
  | "followersRaw"
  | "followingRaw"
  | "friendsRaw"
  | "postsRaw"
  | "lastPostAt"
  | "lastPostAtPrecision"
  | "lastPostUrl"
  | "contentKinds"
  | "languages"
  | "commentsOpen"
  | "replies"
  | "liveStreams"
  | "lastLiveAt"
  | "lastLiveAtPrecision"
  | "personalStories"
  | "likesLevel"
  | "publicNote"
  | "internalNote"
> & { evidence?: Pick<Evidence, "kind" | "url">[]; /** The wave a draft is in; a repeat starts outside it. */ waveId?: string | null };

const tristate = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");
/** A stored date at its precision, as the field takes it back: "2023-08-17", "2023-08", "2021". */
const partialDay = (value: Date | null, precision: DatePrecision) => (value ? toIsoPartialDate(storedPartialDate(value, precision)) : "");

/** A stored observation as the form's fields, the raw text of each count as the reporter typed it. */
export function observationToFormValues(observation: StoredObservation): ObservationFormValues {
  return {
    officialId: observation.officialId,
    platform: observation.platform,
    accountId: observation.accountId ?? "",
    waveId: observation.waveId ?? "",
    observedAt: toLocalDateTimeInput(observation.observedAt),
    observedAtPrecision: observation.observedAtPrecision,
    existence: observation.existence,
    visibility: observation.visibility ?? "",
    attribution: observation.attribution ?? "",
    attributionNote: observation.attributionNote ?? "",
    hasAvatar: tristate(observation.hasAvatar),
    verifiedBadge: tristate(observation.verifiedBadge),
    followers: observation.followersRaw ?? "",
    following: observation.followingRaw ?? "",
    friends: observation.friendsRaw ?? "",
    posts: observation.postsRaw ?? "",
    lastPostAt: partialDay(observation.lastPostAt, observation.lastPostAtPrecision),
    lastPostUrl: observation.lastPostUrl ?? "",
    contentKinds: observation.contentKinds.join(","),
    languages: observation.languages.join(","),
    commentsOpen: tristate(observation.commentsOpen),
    replies: observation.replies ?? "",
    liveStreams: tristate(observation.liveStreams),
    lastLiveAt: partialDay(observation.lastLiveAt, observation.lastLiveAtPrecision),
    personalStories: tristate(observation.personalStories),
    likesLevel: observation.likesLevel ?? "",
    publicNote: observation.publicNote ?? "",
    internalNote: observation.internalNote ?? "",
    evidenceLinks: (observation.evidence ?? [])
      .filter((e) => e.kind === "LINK" && e.url)
      .map((e) => e.url)
      .join("\n"),
  };
}

/**
 * A new observation that starts from an earlier one: everything carried over but the moment, so that a repeat
 * survey is a matter of changing what changed. Evidence is not carried over: it belongs to its moment.
 */
export function repeatObservationValues(observation: StoredObservation, now: Date, idempotencyKey: string): ObservationFormValues {
  // The moment is now, known to the minute, whatever the earlier round's precision was.
  return {
    ...observationToFormValues(observation),
    observedAt: toLocalDateTimeInput(now),
    observedAtPrecision: "DAY",
    evidenceLinks: "",
    idempotencyKey,
    waveId: "",
  };
}
