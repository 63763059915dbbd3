import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import type { AccountInput } from "@/lib/validation/account-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

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

/**
 * An editor corrects an account. Its platform stays once observations were recorded on it: they were made on
 * that platform, and moving the account would leave them describing another one.
 */
export async function updateAccount({
  viewer,
  id,
  expectedVersion,
  input,
}: VersionedEdit<AccountInput>): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "account", id);
    assertVersion(before, expectedVersion);
    if (input.platform !== before.platform && (await tx.observation.count({ where: { accountId: id } })) > 0) {
      throw new FieldError({ platform: ["platformHasObservations"] });
    }
    await checkAccountIsNew(tx, before.officialId, input, id);
    const after = await versionedUpdate(tx, {
      entity: "account",
      before,
      expectedVersion,
      changes: accountColumns(input),
      actorId: viewer.id,
      action: "account.update",
    });
    return { id, officialId: after.officialId, version: after.version };
  });
}

const bareHandle = (handle: string) => handle.replace(/^@/, "").toLowerCase();

/**
 * The account is not one the registry already has: not the same address (of anyone), not the same handle of
 * this official on this platform, and, when the official has several on one platform, told apart by its label.
 */
async function checkAccountIsNew(tx: Tx, officialId: string, input: AccountInput, exceptId?: string) {
  const notThis = exceptId ? { NOT: { id: exceptId } } : {};
  if (input.url) {
    const sameUrl = await tx.account.findFirst({ where: { url: { equals: input.url, mode: "insensitive" }, ...notThis }, select: { id: true } });
    if (sameUrl) throw new FieldError({ url: ["accountExists"] });
  }
  const samePlatform = await tx.account.findMany({ where: { officialId, platform: input.platform, ...notThis }, select: { handle: true, label: true } });
  if (input.handle && samePlatform.some((account) => account.handle && bareHandle(account.handle) === bareHandle(input.handle!))) {
    throw new FieldError({ handle: ["accountExists"] });
  }
  const label = input.label?.toLowerCase() ?? null;
  if (samePlatform.some((account) => (account.label?.toLowerCase() ?? null) === label)) {
    throw new FieldError({ label: [label ? "labelTaken" : "labelNeeded"] });
  }
}

const accountColumns = (input: AccountInput) => ({
  platform: input.platform,
  kind: input.kind,
  handle: input.handle,
  url: input.url,
  label: input.label,
});
