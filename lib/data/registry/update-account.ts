import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { AccountInput } from "@/lib/validation/account-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, FieldError } from "../errors";
import { accountColumns, checkAccountIsNew, loadAccountForWrite } from "./account-data";

/**
 * An editor corrects an account. Its platform stays once observations were recorded on it: they were made on
 * that platform, and moving the account would leave them describing another one.
 */
export async function updateAccount({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: AccountInput;
}): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadAccountForWrite(tx, id);
    if (before.version !== expectedVersion) throw new ConflictError(before.version);
    if (input.platform !== before.platform && (await tx.observation.count({ where: { accountId: id } })) > 0) {
      throw new FieldError({ platform: ["platformHasObservations"] });
    }
    await checkAccountIsNew(tx, before.officialId, input, id);
    const { count } = await tx.account.updateMany({ where: { id, version: expectedVersion }, data: { ...accountColumns(input), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError((await loadAccountForWrite(tx, id)).version);
    const after = await loadAccountForWrite(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "account.update", entity: "account", entityId: id, before, after });
    return { id, officialId: after.officialId, version: after.version };
  });
}
