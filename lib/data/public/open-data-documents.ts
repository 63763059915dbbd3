import "server-only";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { toPopolo } from "@/lib/domain/popolo";
import { findWaveCut } from "../waves/wave-cut";
import { currentObservations } from "./current-observations";
import { exportMeta, type ExportMeta } from "./export-meta";
import { OBSERVATION_CSV_HEAD, observationCsvRows } from "./observations-csv";
import { filterQueryString, writeCursor, type ObservationKey, type OpenDataQuery } from "./open-data-query";
import { loadOpenDataRegistry, type OpenDataRegistry, type RegistryOfficial } from "./open-data-registry";
import type { PublicAccount, PublicObservation, PublicOfficial } from "./public-records";
import {
  countPublishedObservations,
  latestPublishedObservations,
  observationFilter,
  publishedObservationBatches,
  type ObservationFilter,
} from "./published-observation-pages";

/**
 * An export as text written a piece at a time: `head` first (with the JSON's `meta`), then `body`. `headForTag`
 * is the head without the time of generation, for the entity tag: the tag changes when the data does.
 */
export type ExportDocument = { head: string; headForTag: string; body: AsyncIterable<string> };

export type ExportName = "observations.csv" | "observations.json" | "officials.json" | "popolo.json";

type Context = { query: OpenDataQuery; registry: OpenDataRegistry; filter: ObservationFilter; source: string };

/** Reads the registry and resolves the filters; throws UnknownFilterError for an akimat nobody has. */
export async function exportContext(query: OpenDataQuery, origin: string, pathname: string): Promise<Context> {
  const [registry, wave] = await Promise.all([loadOpenDataRegistry(), findWaveCut(query.waveId ?? undefined)]);
  const filter = observationFilter(query, registry, wave);
  const filters = filterQueryString(query);
  return { query, registry, filter, source: `${origin}${pathname}${filters ? `?${filters}` : ""}` };
}

function jsonHead(meta: ExportMeta, open: string): { head: string; headForTag: string } {
  return { head: `{"meta":${JSON.stringify(meta)}${open}`, headForTag: `{"meta":${JSON.stringify({ ...meta, generatedAt: null })}${open}` };
}

async function* observationItems(context: Context, separatorFirst = false): AsyncGenerator<string> {
  let first = !separatorFirst;
  for await (const { observations } of publishedObservationBatches({ registry: context.registry, filter: context.filter })) {
    if (!observations.length) continue;
    const items = observations.map((o) => JSON.stringify(o)).join(",");
    yield first ? items : `,${items}`;
    first = false;
  }
}

export async function observationsCsvDocument(context: Context): Promise<ExportDocument> {
  async function* body() {
    for await (const { observations } of publishedObservationBatches({ registry: context.registry, filter: context.filter })) {
      yield observationCsvRows(observations);
    }
  }
  return { head: OBSERVATION_CSV_HEAD, headForTag: OBSERVATION_CSV_HEAD, body: body() };
}

/** The whole history as `{ meta, data }`, byte for byte what JSON.stringify of the whole would write. */
export async function observationsJsonDocument(context: Context): Promise<ExportDocument> {
  const count = await countPublishedObservations(context.filter);
  const meta = { ...exportMeta({ asOf: context.query.asOfDay, source: context.source, count }), next: null };
  async function* body() {
    yield* observationItems(context);
    yield "]}";
  }
  return { ...jsonHead(meta, ',"data":['), body: body() };
}

/** One page of observations.json: `meta.next` is the address of the next page, or null after the last. */
export async function observationsJsonPage(context: Context): Promise<{ meta: ExportMeta & { next: string | null }; data: PublicObservation[] }> {
  const page = context.query.page!;
  const data: PublicObservation[] = [];
  const keys: ObservationKey[] = [];
  // One more than asked, to know whether a next page exists without sending an empty one.
  const batches = publishedObservationBatches({ registry: context.registry, filter: context.filter, after: page.after, limit: page.limit + 1 });
  for await (const batch of batches) {
    data.push(...batch.observations);
    keys.push(...batch.keys);
  }
  let next: string | null = null;
  if (data.length > page.limit) {
    data.length = page.limit;
    const url = new URL(context.source);
    url.searchParams.set("limit", String(page.limit));
    url.searchParams.set("after", writeCursor(keys[page.limit - 1]!));
    next = url.toString().replaceAll("%2C", ",");
  }
  return { meta: { ...exportMeta({ asOf: context.query.asOfDay, source: context.source, count: data.length }), next }, data };
}

type LatestObservation = { observation: PublicObservation; observedAt: Date };
type OfficialWithLatest = { official: RegistryOfficial; latest: LatestObservation[] };

/**
 * Every official (or those who held a post in the akimats asked for, or the one asked for), each with the latest
 * published observation of each of their accounts and of each platform's searches: what their accounts, what is
 * current and popolo.json's sources are made of.
 */
async function officialsWithLatest(context: Context): Promise<{ officials: OfficialWithLatest[]; latest: LatestObservation[] }> {
  const latest = await latestPublishedObservations(context.registry, context.filter);
  const byOfficial = new Map<string, LatestObservation[]>();
  for (const row of latest) {
    const rows = byOfficial.get(row.observation.official.id);
    if (rows) rows.push(row);
    else byOfficial.set(row.observation.official.id, [row]);
  }
  const akimatIds = context.filter.akimatIds ? new Set(context.filter.akimatIds) : null;
  const officials = context.registry.officials
    .filter((official) => !context.filter.officialId || official.id === context.filter.officialId)
    .filter((official) => !akimatIds || official.positions.some((p) => akimatIds.has(p.position.akimat.id)))
    .map((official) => ({ official, latest: byOfficial.get(official.id) ?? [] }));
  return { officials, latest };
}

/** An official's record in officials.json: their posts, the accounts published observations are about, what is current. */
function publicOfficial({ official, latest }: OfficialWithLatest): PublicOfficial {
  const instants = new Map(latest.map((row) => [row.observation, row.observedAt]));
  const observations = latest.map((row) => row.observation);
  return {
    id: official.id,
    name: official.name,
    nameLatin: official.nameLatin,
    positions: official.positions.map((p) => p.position),
    accounts: accountsOf(observations),
    current: currentObservations(observations, (o) => instants.get(o)!),
  };
}

/** The accounts that published observations are about, in the platforms' usual order. */
function accountsOf(history: readonly PublicObservation[]): PublicAccount[] {
  const accounts = new Map(history.flatMap((o) => (o.account ? [[o.account.id, o.account] as const] : [])));
  return [...accounts.values()].sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform));
}

/** Officials written this many at a time: the whole array as JSON.stringify writes it, a few MB at a time. */
const OFFICIALS_PER_PIECE = 250;

export async function officialsJsonDocument(context: Context): Promise<ExportDocument> {
  const { officials } = await officialsWithLatest(context);
  const meta = exportMeta({ asOf: context.query.asOfDay, source: context.source, count: officials.length });
  async function* body() {
    for (let start = 0; start < officials.length; start += OFFICIALS_PER_PIECE) {
      const piece = officials.slice(start, start + OFFICIALS_PER_PIECE).map((official) => JSON.stringify(publicOfficial(official)));
      yield `${start ? "," : "["}${piece.join(",")}`;
    }
    yield officials.length ? "]}" : "[]}";
  }
  return { ...jsonHead(meta, ',"data":'), body: body() };
}

/**
 * Popolo as lib/domain/popolo.ts shapes it, with the observations written in where its `x_ashyq_observations`
 * array stands: the document's shape is popolo.ts's alone; only the observations stream.
 */
export async function popoloJsonDocument(context: Context): Promise<ExportDocument> {
  const [{ officials, latest }, count] = await Promise.all([officialsWithLatest(context), countPublishedObservations(context.filter)]);
  const akimatIds = context.filter.akimatIds ? new Set(context.filter.akimatIds) : null;
  const akimats = akimatIds ? context.registry.akimats.filter((a) => akimatIds.has(a.id)) : context.registry.akimats;
  const meta = exportMeta({ asOf: context.query.asOfDay, source: context.source, count });
  const { head, headForTag, after } = popoloAroundObservations(meta, akimats, officials, latest);
  async function* body() {
    yield* observationItems(context);
    yield after;
  }
  return { head, headForTag, body: body() };
}

/**
 * The Popolo document's text before and after its observations, rendered apart from popoloJsonDocument so that
 * its generator does not keep the officials' records alive: a closure there that named them would share their
 * scope with the generator, holding them through a build of a minute at national scale. Rendered once, with the
 * meta written in front of it twice (with and without the time of generation, for the tag): the text before the
 * observations is some 20 MB at national scale, and each copy of it and of the records it is made of raised the
 * build's peak memory. The persons' sources are read from the latest observations of each account (all they use).
 */
function popoloAroundObservations(meta: ExportMeta, akimats: OpenDataRegistry["akimats"], officials: OfficialWithLatest[], latest: LatestObservation[]) {
  const popolo = toPopolo({
    meta: null,
    akimats,
    officials: officials.map(({ official, latest }) => ({
      ...official,
      positions: official.positions.map((p) => p.position),
      accounts: accountsOf(latest.map((row) => row.observation)),
    })),
    observations: [],
    sourcesFrom: latest.map((row) => row.observation),
  });
  const whole = JSON.stringify(popolo);
  const metaFirst = '{"meta":null';
  const mark = '"x_ashyq_observations":[]';
  if (!whole.startsWith(metaFirst)) throw new Error("popolo.ts no longer writes meta first");
  const cut = whole.indexOf(mark) + mark.length - 1;
  const registry = whole.slice(metaFirst.length, cut);
  return {
    head: `{"meta":${JSON.stringify(meta)}${registry}`,
    headForTag: `{"meta":${JSON.stringify({ ...meta, generatedAt: null })}${registry}`,
    // A copy: a slice would keep the whole text alive for as long as the generator that writes it last.
    after: Buffer.from(whole.slice(cut)).toString(),
  };
}

export const DOCUMENTS: Record<ExportName, (context: Context) => Promise<ExportDocument>> = {
  "observations.csv": observationsCsvDocument,
  "observations.json": observationsJsonDocument,
  "officials.json": officialsJsonDocument,
  "popolo.json": popoloJsonDocument,
};
