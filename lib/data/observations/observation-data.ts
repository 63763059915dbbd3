import "server-only";
import type { Tx } from "@/lib/db";
import type { CountValue, ObservationInput } from "@/lib/validation/observation-input";
import { FieldError, NotFoundError } from "../errors";

function countColumns<K extends "followers" | "following" | "friends" | "posts">(key: K, count: CountValue) {
  return {
    [key]: count?.value ?? null,
    [`${key}Raw`]: count?.raw ?? null,
    [`${key}Approximate`]: count?.approximate ?? false,
  } as Record<K, number | null> & Record<`${K}Raw`, string | null> & Record<`${K}Approximate`, boolean>;
}

/** The columns an observation form writes. */
export function observationColumns(input: ObservationInput) {
  return {
    officialId: input.officialId,
    platform: input.platform,
    accountId: input.accountId,
    observedAt: input.observedAt,
    existence: input.existence,
    visibility: input.existence === "FOUND" ? (input.visibility ?? null) : null,
    ...countColumns("followers", input.followers),
    ...countColumns("following", input.following),
    ...countColumns("friends", input.friends),
    ...countColumns("posts", input.posts),
    lastPostAt: input.lastPostAt,
    notes: input.notes,
  };
}

/** The official exists, and the chosen account is theirs and on the chosen platform. */
export async function checkObservedSubject(tx: Tx, input: Pick<ObservationInput, "officialId" | "platform" | "accountId">) {
  const official = await tx.official.findUnique({ where: { id: input.officialId }, select: { id: true } });
  if (!official) throw new FieldError({ officialId: ["unknownOption"] });
  if (!input.accountId) return;
  const account = await tx.account.findUnique({ where: { id: input.accountId }, select: { officialId: true, platform: true } });
  if (!account) throw new FieldError({ accountId: ["unknownOption"] });
  if (account.officialId !== input.officialId) throw new FieldError({ accountId: ["accountOfAnotherOfficial"] });
  if (account.platform !== input.platform) throw new FieldError({ accountId: ["accountOnAnotherPlatform"] });
}

export async function loadObservationForWrite(tx: Tx, id: string) {
  const observation = await tx.observation.findUnique({ where: { id } });
  if (!observation) throw new NotFoundError("observation");
  return observation;
}
