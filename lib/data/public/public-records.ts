import "server-only";
import type {
  AccountKind,
  AkimatLevel,
  Attribution,
  ContentKind,
  ContentLanguage,
  Existence,
  LikesLevel,
  Platform,
  PositionTitle,
  ReplyFrequency,
  Visibility,
} from "@/lib/generated/prisma/enums";

/**
 * The records the open-data exports publish, documented field by field in docs/open-data.md. Every field is
 * named here on purpose: nothing reaches the public by being on a row (no author, reviewer, review comment,
 * internal note, idempotency key or stored file). Instants are ISO 8601 in UTC; calendar dates are "YYYY-MM-DD".
 */
export type PublicAkimat = {
  id: string;
  slug: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
  level: AkimatLevel;
  parentId: string | null;
  endedOn: string | null;
};

export type PublicPosition = {
  id: string;
  akimat: { id: string; slug: string; name: string; level: AkimatLevel };
  title: PositionTitle;
  titleRu: string;
  portfolio: string | null;
  startedOn: string | null;
  endedOn: string | null;
};

export type PublicAccount = { id: string; platform: Platform; kind: AccountKind; handle: string | null; url: string | null; label: string | null };

/** A count as the platform showed it: the number read, the text as shown, and whether it was rounded. */
export type PublicCount = { value: number | null; raw: string | null; approximate: boolean };

export type PublicObservation = {
  id: string;
  official: { id: string; name: string; nameLatin: string | null };
  /** The posts the official held on the observation's day (newsroom time); empty when none is recorded. */
  positions: PublicPosition[];
  platform: Platform;
  account: PublicAccount | null;
  observedAt: string;
  observedAtApproximate: boolean;
  existence: Existence;
  attribution: Attribution | null;
  attributionNote: string | null;
  visibility: Visibility | null;
  hasAvatar: boolean | null;
  verifiedBadge: boolean | null;
  followers: PublicCount | null;
  following: PublicCount | null;
  friends: PublicCount | null;
  posts: PublicCount | null;
  lastPostAt: string | null;
  lastPostAtApproximate: boolean;
  lastPostUrl: string | null;
  contentKinds: ContentKind[];
  languages: ContentLanguage[];
  commentsOpen: boolean | null;
  replies: ReplyFrequency | null;
  liveStreams: boolean | null;
  lastLiveAt: string | null;
  personalStories: boolean | null;
  likesLevel: LikesLevel | null;
  /** The reporter's note for readers. The internal note is never published. */
  publicNote: string | null;
  /** Source and archive links given as evidence. Screenshots are never published. */
  sourceUrls: string[];
  /** When an editor approved it; who did is never published. */
  approvedAt: string | null;
};

export type PublicOfficial = {
  id: string;
  name: string;
  nameLatin: string | null;
  positions: PublicPosition[];
  /** Accounts that at least one published observation is about. */
  accounts: PublicAccount[];
  /** What is known now (or on the as-of day): the latest published observation of each account, per platform. */
  current: PublicObservation[];
};

export type OpenData = { akimats: PublicAkimat[]; officials: PublicOfficial[]; observations: PublicObservation[] };

export const isoDate = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);

/** Null when nothing was recorded, so that "not counted" never reads as zero. */
export function publicCount(value: number | null, raw: string | null, approximate: boolean): PublicCount | null {
  return value === null && raw === null ? null : { value, raw, approximate };
}
