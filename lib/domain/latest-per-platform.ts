/**
 * What we know of an official on one platform: the latest observation of each account, unless a later search
 * on that platform found nothing, which then stands for the platform ("searched, not found" is a result).
 */
export type PlatformObservation = { accountId: string | null; observedAt: Date };

export function currentOnPlatform<T extends PlatformObservation>(latest: readonly T[]): T[] {
  const accounts = latest.filter((o) => o.accountId !== null);
  const searches = latest.filter((o) => o.accountId === null).sort((a, b) => b.observedAt.getTime() - a.observedAt.getTime());
  const lastSearch = searches[0];
  if (lastSearch && accounts.every((o) => o.observedAt.getTime() < lastSearch.observedAt.getTime())) return [lastSearch];
  return accounts;
}
