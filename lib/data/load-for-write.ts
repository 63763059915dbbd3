import "server-only";
import type { Tx } from "@/lib/db";
import type { Account, Akimat, Observation, Official, Position, SavedEmbed, Wave } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/record-id";
import { NotFoundError } from "./errors";
import { safeUserColumns, type SafeUser } from "./users/user-data";

/**
 * The records edited on the version the person opened (optimistic locking), by their name in the audit trail. A
 * user is loaded without its password hash, which must never reach an audit entry or a caller.
 */
export type VersionedRecords = {
  akimat: Akimat;
  official: Official;
  position: Position;
  account: Account;
  observation: Observation;
  user: SafeUser;
  wave: Wave;
  savedEmbed: SavedEmbed;
};
export type VersionedEntity = keyof VersionedRecords;

// One line per table: Prisma's delegates have no common type that TypeScript could call `findUnique` through.
const finders: { [E in VersionedEntity]: (tx: Tx, id: string) => Promise<VersionedRecords[E] | null> } = {
  akimat: (tx, id) => tx.akimat.findUnique({ where: { id } }),
  official: (tx, id) => tx.official.findUnique({ where: { id } }),
  position: (tx, id) => tx.position.findUnique({ where: { id } }),
  account: (tx, id) => tx.account.findUnique({ where: { id } }),
  observation: (tx, id) => tx.observation.findUnique({ where: { id } }),
  user: (tx, id) => tx.user.findUnique({ where: { id }, select: safeUserColumns }),
  wave: (tx, id) => tx.wave.findUnique({ where: { id } }),
  savedEmbed: (tx, id) => tx.savedEmbed.findUnique({ where: { id } }),
};

/**
 * The whole record a write is about to change (what its audit entry keeps as "before"), or NotFound. Held once
 * here so that every write refuses a malformed id the same way, before any query: PostgreSQL fails on a null
 * byte instead of finding nothing (lib/validation/record-id.ts).
 */
export async function loadForWrite<E extends VersionedEntity>(tx: Tx, entity: E, id: string): Promise<VersionedRecords[E]> {
  if (!isRecordId(id)) throw new NotFoundError(entity);
  const record = await finders[entity](tx, id);
  if (!record) throw new NotFoundError(entity);
  return record;
}
