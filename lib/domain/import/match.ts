/**
 * How an imported row finds the record it speaks of, so that importing the same file twice creates nothing
 * the second time. Records are found by what a newsroom's spreadsheet says about them (natural keys), never
 * by our ids, which a spreadsheet does not have.
 */

/** A person's name as compared: one script form, one spacing, no case, ё as е. */
export function nameKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase().replaceAll("ё", "е");
}

export type OfficialRef = { id: string; fullName: string; fullNameLatin: string | null };

/**
 * Officials by name, Cyrillic and Latin, so that each of 20 000 rows finds its official at once rather than
 * by comparing it with every official of a national registry. Officials added by earlier rows of a file join it.
 */
export class OfficialIndex {
  private readonly byName = new Map<string, OfficialRef[]>();
  constructor(officials: readonly OfficialRef[] = []) {
    for (const official of officials) this.add(official);
  }

  add(official: OfficialRef): void {
    const keys = new Set([nameKey(official.fullName), ...(official.fullNameLatin ? [nameKey(official.fullNameLatin)] : [])]);
    for (const key of keys) this.byName.set(key, [...(this.byName.get(key) ?? []), official]);
  }

  named(name: string): OfficialRef[] {
    return this.byName.get(nameKey(name)) ?? [];
  }
}

/**
 * The official a row names, by the Cyrillic name or the Latin one. Two officials may share a name: then the
 * Latin name tells them apart, and without it the row is ambiguous rather than guessed.
 */
export function findOfficial(officials: OfficialIndex, name: string, latin: string | null): { found: OfficialRef } | { ambiguous: true } | null {
  const named = officials.named(name);
  if (named.length === 0) return null;
  if (named.length === 1) return { found: named[0]! };
  const latinKey = latin ? nameKey(latin) : null;
  const byLatin = latinKey ? named.filter((o) => o.fullNameLatin !== null && nameKey(o.fullNameLatin) === latinKey) : [];
  return byLatin.length === 1 ? { found: byLatin[0]! } : { ambiguous: true };
}

export type AccountRef = { id: string; officialId: string; platform: string; handle: string | null; url: string | null; label: string | null };
export type AccountIdentity = { handle: string | null; url: string | null; label: string | null };

export type AccountMatch =
  | { match: AccountRef; fill: Partial<Pick<AccountRef, "handle" | "url">> }
  | { create: true }
  | { error: "accountExists"; field: "url" }
  | { error: "labelTaken" | "labelNeeded" | "accountAmbiguous"; field: "label" | "handle" };

const urlKey = (url: string) => url.trim().replace(/\/+$/, "").toLowerCase();
const bareHandle = (handle: string) => handle.trim().replace(/^@/, "").toLowerCase();
const sameLabel = (a: string | null, b: string | null) => (a?.trim().toLowerCase() ?? null) === (b?.trim().toLowerCase() ?? null);

/** Blanks of the record that the row fills in (a handle or address the registry did not have yet). */
function fillOf(account: AccountRef, row: AccountIdentity): Partial<Pick<AccountRef, "handle" | "url">> {
  return { ...(row.handle && !account.handle ? { handle: row.handle } : {}), ...(row.url && !account.url ? { url: row.url } : {}) };
}

/** The row's handle and address do not contradict the record's. */
const compatible = (account: AccountRef, row: AccountIdentity) =>
  (!row.handle || !account.handle || bareHandle(row.handle) === bareHandle(account.handle)) &&
  (!row.url || !account.url || urlKey(row.url) === urlKey(account.url));

/** Accounts by official and platform, and by address (an address is one account's, whoever's it is). */
export class AccountIndex {
  private readonly byOwner = new Map<string, AccountRef[]>();
  private readonly byUrl = new Map<string, AccountRef>();
  constructor(accounts: readonly AccountRef[] = []) {
    for (const account of accounts) this.add(account);
  }

  add(account: AccountRef): void {
    const owner = `${account.officialId}|${account.platform}`;
    this.byOwner.set(owner, [...(this.byOwner.get(owner) ?? []), account]);
    if (account.url) this.byUrl.set(urlKey(account.url), account);
  }

  of(officialId: string, platform: string): AccountRef[] {
    return this.byOwner.get(`${officialId}|${platform}`) ?? [];
  }

  withUrl(url: string): AccountRef | undefined {
    return this.byUrl.get(urlKey(url));
  }
}

/**
 * The account a row names among the official's accounts on the platform, or a new one. The same rules as the
 * account form (lib/data/registry/accounts.ts): an address is one account's; a handle is one per official
 * and platform; several accounts of one official on one platform are told apart by their labels.
 */
export function matchAccount(row: AccountIdentity & { officialId: string; platform: string }, accounts: AccountIndex): AccountMatch {
  const candidates = accounts.of(row.officialId, row.platform);
  if (row.url) {
    const owner = accounts.withUrl(row.url);
    if (owner) return candidates.some((c) => c.id === owner.id) ? { match: owner, fill: fillOf(owner, row) } : { error: "accountExists", field: "url" };
  }
  if (row.handle) {
    const byHandle = candidates.find((account) => account.handle && bareHandle(account.handle) === bareHandle(row.handle!));
    if (byHandle) return { match: byHandle, fill: fillOf(byHandle, row) };
  }
  const sameLabelled = candidates.filter((account) => sameLabel(account.label, row.label));
  if (row.label) {
    const labelled = sameLabelled[0];
    if (!labelled) return { create: true };
    return compatible(labelled, row) ? { match: labelled, fill: fillOf(labelled, row) } : { error: "labelTaken", field: "label" };
  }
  // No label: the one unlabelled account, if the row does not contradict it.
  if (sameLabelled.length === 1 && compatible(sameLabelled[0]!, row)) return { match: sameLabelled[0]!, fill: fillOf(sameLabelled[0]!, row) };
  if (!row.handle && !row.url) {
    // Nothing tells accounts apart: the official's only account on the platform, or a new one if there is none.
    if (candidates.length === 1) return { match: candidates[0]!, fill: {} };
    if (candidates.length > 1) return { error: "accountAmbiguous", field: "label" };
    return { create: true };
  }
  return sameLabelled.length > 0 ? { error: "labelNeeded", field: "label" } : { create: true };
}

/** One observation of one account (or one search) at one moment: the key that makes re-importing a no-op. */
export function observationKey(o: { officialId: string; platform: string; accountId: string | null; observedAt: Date }): string {
  return `${o.officialId}|${o.platform}|${o.accountId ?? "-"}|${o.observedAt.toISOString()}`;
}

/** A post is the same post when it is the same official, akimat, title and start date. */
export function positionKey(p: { officialId: string; akimatId: string; title: string; startedOn: Date | null }): string {
  return `${p.officialId}|${p.akimatId}|${p.title}|${p.startedOn?.toISOString().slice(0, 10) ?? "-"}`;
}
