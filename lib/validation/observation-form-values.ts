import { toDateOnlyInput, toLocalDateTimeInput } from "@/lib/domain/time";
import type { ObservationFormValues } from "./observation-input";

type StoredObservation = {
  officialId: string;
  platform: string;
  accountId: string | null;
  observedAt: Date;
  existence: string;
  visibility: string | null;
  attribution: string | null;
  attributionNote: string | null;
  hasAvatar: boolean | null;
  verifiedBadge: boolean | null;
  followersRaw: string | null;
  followingRaw: string | null;
  friendsRaw: string | null;
  postsRaw: string | null;
  lastPostAt: Date | null;
  lastPostUrl: string | null;
  contentKinds: string[];
  languages: string[];
  commentsOpen: boolean | null;
  replies: string | null;
  liveStreams: boolean | null;
  lastLiveAt: Date | null;
  personalStories: boolean | null;
  likesLevel: string | null;
  notes: string | null;
  evidence?: { kind: string; url: string | null }[];
};

const tristate = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");
const day = (value: Date | null) => (value ? toDateOnlyInput(value) : "");

/** A stored observation as the form's fields, the raw text of each count as the reporter typed it. */
export function observationToFormValues(observation: StoredObservation): ObservationFormValues {
  return {
    officialId: observation.officialId,
    platform: observation.platform,
    accountId: observation.accountId ?? "",
    observedAt: toLocalDateTimeInput(observation.observedAt),
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
    lastPostAt: day(observation.lastPostAt),
    lastPostUrl: observation.lastPostUrl ?? "",
    contentKinds: observation.contentKinds.join(","),
    languages: observation.languages.join(","),
    commentsOpen: tristate(observation.commentsOpen),
    replies: observation.replies ?? "",
    liveStreams: tristate(observation.liveStreams),
    lastLiveAt: day(observation.lastLiveAt),
    personalStories: tristate(observation.personalStories),
    likesLevel: observation.likesLevel ?? "",
    notes: observation.notes ?? "",
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
  return { ...observationToFormValues(observation), observedAt: toLocalDateTimeInput(now), evidenceLinks: "", idempotencyKey };
}
