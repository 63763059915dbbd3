import "server-only";
import type { Tx } from "@/lib/db";
import type { AccountInput } from "@/lib/validation/account-input";
import { FieldError } from "../errors";

const bareHandle = (handle: string) => handle.replace(/^@/, "").toLowerCase();

/**
 * The account is not one the registry already has: not the same address (of anyone), not the same handle of
 * this official on this platform, and, when the official has several on one platform, told apart by its label.
 */
export async function checkAccountIsNew(tx: Tx, officialId: string, input: AccountInput, exceptId?: string) {
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

export const accountColumns = (input: AccountInput) => ({
  platform: input.platform,
  kind: input.kind,
  handle: input.handle,
  url: input.url,
  label: input.label,
});
