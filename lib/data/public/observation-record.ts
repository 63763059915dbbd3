import "server-only";
import { readCarriedFieldSources, type CarriedField } from "@/lib/domain/carried-fields";
import { observedAtForExport } from "@/lib/domain/partial-date";
import { isHeldOn } from "@/lib/domain/positions";
import { newsroomDay } from "@/lib/domain/time";
import type {
  AccountKind,
  Attribution,
  ContentKind,
  ContentLanguage,
  DatePrecision,
  Existence,
  LikesLevel,
  Platform,
  ReplyFrequency,
  Visibility,
} from "@/lib/generated/prisma/enums";
import type { RegistryOfficial } from "./open-data-registry";
import { isoDate, partialIsoDate, publicCount, type PublicObservation } from "./public-records";

/**
 * A published observation's row, column by column: what the exports read, and nothing else. The account's
 * columns come flat (null when nothing was found), the evidence as its links' addresses, oldest first.
 */
export type PublishedObservationRow = {
  id: string;
  officialId: string;
  platform: Platform;
  accountId: string | null;
  accountPlatform: Platform | null;
  accountKind: AccountKind | null;
  accountHandle: string | null;
  accountUrl: string | null;
  accountLabel: string | null;
  observedAt: Date;
  observedAtPrecision: DatePrecision;
  existence: Existence;
  attribution: Attribution | null;
  attributionNote: string | null;
  visibility: Visibility | null;
  hasAvatar: boolean | null;
  verifiedBadge: boolean | null;
  followers: number | null;
  followersRaw: string | null;
  followersApproximate: boolean;
  following: number | null;
  followingRaw: string | null;
  followingApproximate: boolean;
  friends: number | null;
  friendsRaw: string | null;
  friendsApproximate: boolean;
  posts: number | null;
  postsRaw: string | null;
  postsApproximate: boolean;
  /** A `date` column: a Date, or its "YYYY-MM-DD" text from some drivers (PGlite's). */
  lastPostAt: Date | string | null;
  lastPostAtPrecision: DatePrecision;
  lastPostUrl: string | null;
  contentKinds: ContentKind[];
  languages: ContentLanguage[];
  commentsOpen: boolean | null;
  replies: ReplyFrequency | null;
  liveStreams: boolean | null;
  lastLiveAt: Date | string | null;
  lastLiveAtPrecision: DatePrecision;
  personalStories: boolean | null;
  likesLevel: LikesLevel | null;
  publicNote: string | null;
  carriedFields: unknown;
  reviewedAt: Date | null;
  sourceUrls: string[];
};

/** The published record of one row, with the posts its official held on the observation's day (newsroom time). */
export function toPublicObservation(row: PublishedObservationRow, official: RegistryOfficial): PublicObservation {
  const day = newsroomDay(row.observedAt);
  return {
    id: row.id,
    official: { id: official.id, name: official.name, nameLatin: official.nameLatin },
    positions: official.positions.filter((p) => isHeldOn(p.held, day)).map((p) => p.position),
    platform: row.platform,
    account: row.accountId
      ? { id: row.accountId, platform: row.accountPlatform!, kind: row.accountKind!, handle: row.accountHandle, url: row.accountUrl, label: row.accountLabel }
      : null,
    observedAt: observedAtForExport(row.observedAt, row.observedAtPrecision),
    observedAtPrecision: row.observedAtPrecision,
    existence: row.existence,
    attribution: row.attribution,
    attributionNote: row.attributionNote,
    visibility: row.visibility,
    hasAvatar: row.hasAvatar,
    verifiedBadge: row.verifiedBadge,
    followers: publicCount(row.followers, row.followersRaw, row.followersApproximate),
    following: publicCount(row.following, row.followingRaw, row.followingApproximate),
    friends: publicCount(row.friends, row.friendsRaw, row.friendsApproximate),
    posts: publicCount(row.posts, row.postsRaw, row.postsApproximate),
    lastPostAt: partialIsoDate(asDate(row.lastPostAt), row.lastPostAtPrecision),
    lastPostAtPrecision: row.lastPostAt ? row.lastPostAtPrecision : null,
    lastPostUrl: row.lastPostUrl,
    contentKinds: row.contentKinds,
    languages: row.languages,
    commentsOpen: row.commentsOpen,
    replies: row.replies,
    liveStreams: row.liveStreams,
    lastLiveAt: partialIsoDate(asDate(row.lastLiveAt), row.lastLiveAtPrecision),
    lastLiveAtPrecision: row.lastLiveAt ? row.lastLiveAtPrecision : null,
    personalStories: row.personalStories,
    likesLevel: row.likesLevel,
    publicNote: row.publicNote,
    notRechecked: notRechecked(row.carriedFields),
    sourceUrls: row.sourceUrls,
    approvedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

const asDate = (value: Date | string | null): Date | null => (value === null ? null : value instanceof Date ? value : new Date(value));

/** The fields an observation carried without re-checking them, each with the day it was last seen (decision 0014). */
function notRechecked(carriedFields: unknown): PublicObservation["notRechecked"] {
  return Object.entries(readCarriedFieldSources(carriedFields)).map(([field, source]) => ({
    field: field as CarriedField,
    lastSeenOn: isoDate(newsroomDay(new Date(source.seenAt)))!,
    observationId: source.from,
  }));
}
