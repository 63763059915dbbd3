import "server-only";
import { nameKey, observationKey } from "@/lib/domain/import/match";
import type { ObservationSnapshot } from "@/lib/domain/import/plan-observation-rows";
import type { RegistrySnapshot } from "@/lib/domain/import/registry-workspace";
import { newsroomDay } from "@/lib/domain/time";
import { inPostOn, scopeAkimatIds } from "../waves/wave-scope";
import type { Client } from "./import-record";

const officialColumns = { id: true, fullName: true, fullNameLatin: true } as const;
const accountColumns = { id: true, officialId: true, platform: true, kind: true, handle: true, url: true, label: true } as const;

/**
 * The registry as a registry file is compared with. A national registry is a few thousand officials: it is
 * read whole, once, rather than asked about row by row.
 */
export async function loadRegistrySnapshot(client: Client): Promise<RegistrySnapshot> {
  const [akimats, officials, positions, accounts] = await Promise.all([
    client.akimat.findMany({ select: { id: true, slug: true, name: true, nameKk: true, nameEn: true, level: true, endedOn: true } }),
    client.official.findMany({ select: officialColumns }),
    client.position.findMany({ select: { id: true, officialId: true, akimatId: true, title: true, portfolio: true, startedOn: true, endedOn: true } }),
    client.account.findMany({ select: accountColumns }),
  ]);
  return { akimats, officials, positions, accounts };
}

/**
 * What an observations file is compared with: the officials, their accounts, and the moments already observed
 * of the officials the file names (only theirs: the observations table is the one that grows).
 */
export async function loadObservationSnapshot(client: Client, names: readonly string[], waveId: string | null = null): Promise<ObservationSnapshot> {
  const [officials, accounts] = await Promise.all([client.official.findMany({ select: officialColumns }), client.account.findMany({ select: accountColumns })]);
  const named = new Set(names.map(nameKey));
  const ids = officials.filter((o) => named.has(nameKey(o.fullName)) || (o.fullNameLatin && named.has(nameKey(o.fullNameLatin)))).map((o) => o.id);
  const observed = ids.length
    ? await client.observation.findMany({ where: { officialId: { in: ids } }, select: { officialId: true, platform: true, accountId: true, observedAt: true } })
    : [];
  return { officials, accounts, observationKeys: new Set(observed.map(observationKey)), wave: waveId ? await loadWaveCoverage(client, waveId, ids) : null };
}

/** Which of the named officials the import's wave covers (in post in its scope today), its platforms, and whether it is open. */
async function loadWaveCoverage(client: Client, waveId: string, officialIds: string[]): Promise<NonNullable<ObservationSnapshot["wave"]>> {
  const wave = await client.wave.findUniqueOrThrow({
    where: { id: waveId },
    select: { closedAt: true, platforms: true, includeDistricts: true, akimats: { select: { akimatId: true } } },
  });
  const scope = await scopeAkimatIds(client, { akimatIds: wave.akimats.map((row) => row.akimatId), includeDistricts: wave.includeDistricts });
  const covered = officialIds.length
    ? await client.position.findMany({
        where: { officialId: { in: officialIds }, akimatId: { in: scope }, ...inPostOn(newsroomDay(new Date())) },
        select: { officialId: true },
        distinct: ["officialId"],
      })
    : [];
  return { id: waveId, open: wave.closedAt === null, platforms: wave.platforms, officialIds: new Set(covered.map((row) => row.officialId)) };
}
