import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { AccountInput } from "@/lib/validation/account-input";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";
import { accountColumns, checkAccountIsNew } from "./accounts";

/**
 * An editor corrects an account. Its platform stays once observations were recorded on it: they were made on
 * that platform, and moving the account would leave them describing another one.
 */
export async function updateAccount({ viewer, id, expectedVersion, input }: VersionedEdit<AccountInput>): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "account", id);
    assertVersion(before, expectedVersion);
    if (input.platform !== before.platform && (await tx.observation.count({ where: { accountId: id } })) > 0) {
      throw new FieldError({ platform: ["platformHasObservations"] });
    }
    await checkAccountIsNew(tx, before.officialId, input, id);
    const after = await versionedUpdate(tx, { entity: "account", before, expectedVersion, changes: accountColumns(input), actorId: viewer.id, action: "account.update" });
    return { id, officialId: after.officialId, version: after.version };
  });
}
