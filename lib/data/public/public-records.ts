import type { CarriedField } from "@/lib/domain/carried-fields";
import "server-only";
import { toIsoPartialDate } from "@/lib/domain/partial-date";
import type {
  AccountKind,
  AkimatLevel,
  Attribution,
  ContentKind,
  ContentLanguage,
  DatePrecision,
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
 * internal note, idempotency key or stored file). Instants are ISO 8601 in UTC; calendar dates are "YYYY-MM-DD", or
 * "YYYY-MM" / "YYYY" where only the month or the year is known, with the precision beside them.
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
  /** The instant when the day is known; else "2024-08" or "2024" (lib/domain/partial-date.ts). */
  observedAt: string;
  observedAtPrecision: DatePrecision;
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
  /** ISO 8601 at its precision: "2023-08-17", "2023-08", "2021". */
  lastPostAt: string | null;
  /** Null when there is no date: a precision of nothing would only read as a fact. */
  lastPostAtPrecision: DatePrecision | null;
  lastPostUrl: string | null;
  contentKinds: ContentKind[];
  languages: ContentLanguage[];
  commentsOpen: boolean | null;
  replies: ReplyFrequency | null;
  liveStreams: boolean | null;
  lastLiveAt: string | null;
  lastLiveAtPrecision: DatePrecision | null;
  personalStories: boolean | null;
  likesLevel: LikesLevel | null;
  /** The reporter's note for readers. The internal note is never published. */
  publicNote: string | null;
  /**
   * The fields this observation did not re-check: their values above are carried from the published observation
   * that last recorded them, on the day given (decision 0014). Empty when every field was seen at `observedAt`.
   */
  notRechecked: { field: CarriedField; lastSeenOn: string; observationId: string }[];
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

/** A date at its precision: "2023-08-17", "2023-08", "2021" (lib/domain/partial-date.ts). */
export const partialIsoDate = (date: Date | null, precision: DatePrecision): string | null => (date ? toIsoPartialDate({ date, precision }) : null);

/** Null when nothing was recorded, so that "not counted" never reads as zero. */
export function publicCount(value: number | null, raw: string | null, approximate: boolean): PublicCount | null {
  return value === null && raw === null ? null : { value, raw, approximate };
}
