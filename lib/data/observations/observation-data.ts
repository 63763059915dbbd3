import "server-only";
import type { Tx } from "@/lib/db";
import { isCarriedField, type CarriedField } from "@/lib/domain/carried-fields";
import type { CountValue, ObservationInput } from "@/lib/validation/observation-input";
import { FieldError } from "../errors";
import { prepareScreenshots, writeScreenshots } from "../evidence/prepare-screenshots";
import { checkWaveCovers } from "../waves/wave-scope";

function countColumns<K extends "followers" | "following" | "friends" | "posts">(key: K, count: CountValue) {
  return {
    [key]: count?.value ?? null,
    [`${key}Raw`]: count?.raw ?? null,
    [`${key}Approximate`]: count?.approximate ?? false,
  } as Record<K, number | null> & Record<`${K}Raw`, string | null> & Record<`${K}Approximate`, boolean>;
}

/**
 * What a form or an import saves: the parsed fields, and which carried fields the reporter left not re-checked
 * (lib/validation/carried-input.ts). Only an account found can carry anything.
 */
export type RecordedInput = ObservationInput & { uncheckedFields?: readonly string[] };

function uncheckedFieldsOf(input: RecordedInput): CarriedField[] {
  if (input.existence !== "FOUND" || !input.accountId) return [];
  return [...new Set((input.uncheckedFields ?? []).filter(isCarriedField))];
}

/** The columns an observation form writes. */
export function observationColumns(input: RecordedInput) {
  return {
    uncheckedFields: uncheckedFieldsOf(input),
    officialId: input.officialId,
    platform: input.platform,
    accountId: input.accountId,
    waveId: input.waveId,
    observedAt: input.observedAt,
    observedAtPrecision: input.observedAtPrecision,
    existence: input.existence,
    visibility: input.visibility ?? null,
    attribution: input.attribution ?? null,
    attributionNote: input.attributionNote,
    hasAvatar: input.hasAvatar,
    verifiedBadge: input.verifiedBadge,
    ...countColumns("followers", input.followers),
    ...countColumns("following", input.following),
    ...countColumns("friends", input.friends),
    ...countColumns("posts", input.posts),
    // A partial date is its period's last day and its precision (lib/domain/partial-date.ts).
    lastPostAt: input.lastPostAt?.date ?? null,
    lastPostAtPrecision: input.lastPostAt?.precision ?? "DAY",
    lastPostUrl: input.lastPostUrl,
    contentKinds: input.contentKinds,
    languages: input.languages,
    commentsOpen: input.commentsOpen,
    replies: input.replies ?? null,
    liveStreams: input.liveStreams,
    lastLiveAt: input.lastLiveAt?.date ?? null,
    lastLiveAtPrecision: input.lastLiveAt?.precision ?? "DAY",
    personalStories: input.personalStories,
    likesLevel: input.likesLevel ?? null,
    publicNote: input.publicNote,
    internalNote: input.internalNote,
  };
}

/**
 * The official exists, the chosen account is theirs and on the chosen platform, and the wave chosen is open and
 * covers them there. Asked once before any file is processed (with the app's client), and again inside the
 * write's transaction.
 */
export async function checkObservedSubject(
  tx: Pick<Tx, "official" | "account" | "akimat" | "position" | "wave">,
  input: Pick<ObservationInput, "officialId" | "platform" | "accountId" | "waveId">,
) {
  const official = await tx.official.findUnique({ where: { id: input.officialId }, select: { id: true } });
  if (!official) throw new FieldError({ officialId: ["unknownOption"] });
  await checkWaveCovers(tx, input);
  if (!input.accountId) return;
  const account = await tx.account.findUnique({ where: { id: input.accountId }, select: { officialId: true, platform: true } });
  if (!account) throw new FieldError({ accountId: ["unknownOption"] });
  if (account.officialId !== input.officialId) throw new FieldError({ accountId: ["accountOfAnotherOfficial"] });
  if (account.platform !== input.platform) throw new FieldError({ accountId: ["accountOnAnotherPlatform"] });
}

/**
 * Screenshots checked and written to storage before a save, outside its transaction (processing takes seconds,
 * which a transaction must not be held open for); `discard` removes them if the save fails. Call it only once
 * every check that could refuse the request has passed: files processed for a refused request are work an
 * attacker gets for free.
 */
export async function stageScreenshots(files: File[]) {
  const screenshots = await prepareScreenshots(files);
  const discard = await writeScreenshots(screenshots);
  return { screenshots, discard };
}
