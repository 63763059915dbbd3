import { toDateOnlyInput, toLocalDateTimeInput } from "@/lib/domain/time";
import type { ObservationFormValues } from "./observation-input";

type StoredObservation = {
  officialId: string;
  platform: string;
  accountId: string | null;
  observedAt: Date;
  existence: string;
  visibility: string | null;
  followersRaw: string | null;
  followingRaw: string | null;
  friendsRaw: string | null;
  postsRaw: string | null;
  lastPostAt: Date | null;
  notes: string | null;
};

/** A stored observation as the form's fields, the raw text of each count as the reporter typed it. */
export function observationToFormValues(observation: StoredObservation): ObservationFormValues {
  return {
    officialId: observation.officialId,
    platform: observation.platform,
    accountId: observation.accountId ?? "",
    observedAt: toLocalDateTimeInput(observation.observedAt),
    existence: observation.existence,
    visibility: observation.visibility ?? "",
    followers: observation.followersRaw ?? "",
    following: observation.followingRaw ?? "",
    friends: observation.friendsRaw ?? "",
    posts: observation.postsRaw ?? "",
    lastPostAt: observation.lastPostAt ? toDateOnlyInput(observation.lastPostAt) : "",
    notes: observation.notes ?? "",
  };
}
