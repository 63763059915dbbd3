import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { AccountInput } from "@/lib/validation/account-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { loadForWrite } from "../load-for-write";
import { checkAccountIsNew, accountColumns } from "./accounts";

/** Anyone in the newsroom adds an account they found to an official; changing it afterwards is for editors. */
export async function createAccount({ viewer, officialId, input }: { viewer: Viewer; officialId: string; input: AccountInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "account.create");
    await loadForWrite(tx, "official", officialId);
    await checkAccountIsNew(tx, officialId, input);
    const created = await tx.account.create({ data: { ...accountColumns(input), officialId } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "account.create", entity: "account", entityId: created.id, after: created });
    return { id: created.id };
  });
}
