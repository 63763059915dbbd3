import "server-only";
import { can, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { CARRIED_FIELDS, readCarriedFieldSources, type CarriedField } from "@/lib/domain/carried-fields";
import { isRecordId } from "@/lib/validation/record-id";
import { publishedObservationWhere } from "./published";

/**
 * The observation a new one starts from: the one asked for, if the viewer may see it, or else the account's latest
 * approved one. Every way into the form for a known account starts from what is published, so that a repeat survey
 * changes only what changed and leaves the rest visibly not re-checked (decision 0014).
 */
export async function findObservationToRepeat({ viewer, fromId, accountId }: { viewer: Viewer; fromId?: string; accountId?: string }) {
  if (fromId) {
    if (!isRecordId(fromId)) return null;
    const observation = await db.observation.findUnique({ where: { id: fromId } });
    return observation && can(viewer, "observation.view", observation) ? observation : null;
  }
  if (!accountId || !isRecordId(accountId)) return null;
  return db.observation.findFirst({
    where: { accountId, ...publishedObservationWhere },
    orderBy: [{ observedAt: "desc" }, { createdAt: "desc" }],
  });
}

/**
 * When each field of a published observation was last seen: its own moment for what it recorded, the carried
 * value's date for what it did not re-check. Nothing for an observation not approved: only what is published carries.
 */
export function fieldsSeenAt(observation: { status: string; observedAt: Date; carriedFields: unknown }): Partial<Record<CarriedField, Date>> {
  if (observation.status !== publishedObservationWhere.status) return {};
  const sources = readCarriedFieldSources(observation.carriedFields);
  return Object.fromEntries(CARRIED_FIELDS.map((field) => [field, sources[field] ? new Date(sources[field].seenAt) : observation.observedAt]));
}
