import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "./audit/write-audit-entry";
import { ConflictError } from "./errors";
import { loadForWrite, type VersionedEntity, type VersionedRecords } from "./load-for-write";

/*
 * Every edit of a registry record, an observation or a user is the same few steps: load it, refuse it if
 * someone saved it since the person opened it, write the change on that version only and bump it, and audit the
 * change in the same transaction. These helpers hold those steps once, so that no edit can skip one.
 */

/** What an edit of a versioned record is given: who edits, which record, the version they opened, the form. */
export type VersionedEdit<Input> = { viewer: Viewer; id: string; expectedVersion: number; input: Input };

type Changes = {
  akimat: Prisma.AkimatUpdateManyArgs["data"];
  official: Prisma.OfficialUpdateManyArgs["data"];
  position: Prisma.PositionUpdateManyArgs["data"];
  account: Prisma.AccountUpdateManyArgs["data"];
  observation: Prisma.ObservationUpdateManyArgs["data"];
  user: Prisma.UserUpdateManyArgs["data"];
  wave: Prisma.WaveUpdateManyArgs["data"];
  savedEmbed: Prisma.SavedEmbedUpdateManyArgs["data"];
};
type OnVersion = { id: string; version: number };

// One line per table, for the same reason as loadForWrite's finders.
const updaters: { [E in VersionedEntity]: (tx: Tx, where: OnVersion, data: Changes[E]) => Promise<{ count: number }> } = {
  akimat: (tx, where, data) => tx.akimat.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  official: (tx, where, data) => tx.official.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  position: (tx, where, data) => tx.position.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  account: (tx, where, data) => tx.account.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  observation: (tx, where, data) => tx.observation.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  user: (tx, where, data) => tx.user.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  wave: (tx, where, data) => tx.wave.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  savedEmbed: (tx, where, data) => tx.savedEmbed.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
};

/** The conflict names what is there now (and, for an observation, its status), so the person can see why. */
const conflictWith = (current: { version: number; status?: string }) => new ConflictError(current.version, current.status);

/** Refuses a record that someone saved since the person opened it. */
export function assertVersion(record: { version: number; status?: string }, expectedVersion: number): void {
  if (record.version !== expectedVersion) throw conflictWith(record);
}

/**
 * Writes `changes` to the record only if it is still at the version the person opened (`expectedVersion`), and
 * bumps that version; a save by someone else since (before or after `before` was loaded) is a conflict, never an
 * overwrite. Callers may check `assertVersion` earlier to order their refusals; this check cannot be skipped. The audit entry keeps `before`, the record as
 * written (plus `auditExtra`, facts kept beside it such as a review's comment), in the same transaction.
 */
export async function versionedUpdate<E extends VersionedEntity>(
  tx: Tx,
  {
    entity,
    before,
    expectedVersion,
    changes,
    actorId,
    action,
    auditExtra,
  }: {
    entity: E;
    before: VersionedRecords[E];
    expectedVersion: number;
    changes: Changes[E];
    actorId: string;
    action: string;
    auditExtra?: Record<string, unknown>;
  },
): Promise<VersionedRecords[E]> {
  const { count } = await updaters[entity](tx, { id: before.id, version: expectedVersion }, changes);
  if (count === 0) throw conflictWith(await loadForWrite(tx, entity, before.id));
  const after = await loadForWrite(tx, entity, before.id);
  await writeAuditEntry(tx, { actorId, action, entity, entityId: before.id, before, after: auditExtra ? { ...after, ...auditExtra } : after });
  return after;
}
