import "server-only";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { toPopolo } from "@/lib/domain/popolo";
import { findWaveCut } from "../waves/wave-cut";
import { currentObservations } from "./current-observations";
import { exportMeta, type ExportMeta } from "./export-meta";
import { OBSERVATION_CSV_HEAD, observationCsvRows } from "./observations-csv";
import { filterQueryString, writeCursor, type ObservationKey, type OpenDataQuery } from "./open-data-query";
import { loadOpenDataRegistry, type OpenDataRegistry } from "./open-data-registry";
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

/** Every official (or those who held a post in the akimats asked for), with their accounts and what is current. */
async function officialsWithCurrent(context: Context): Promise<PublicOfficial[]> {
  const latest = await latestPublishedObservations(context.registry, context.filter);
  const historyByOfficial = new Map<string, { observation: PublicObservation; observedAt: Date }[]>();
  for (const row of latest) historyByOfficial.set(row.observation.official.id, [...(historyByOfficial.get(row.observation.official.id) ?? []), row]);
  const akimatIds = context.filter.akimatIds ? new Set(context.filter.akimatIds) : null;
  return context.registry.officials
    .filter((official) => !context.filter.officialId || official.id === context.filter.officialId)
    .filter((official) => !akimatIds || official.positions.some((p) => akimatIds.has(p.position.akimat.id)))
    .map((official) => {
      const history = historyByOfficial.get(official.id) ?? [];
      const instants = new Map(history.map((row) => [row.observation, row.observedAt]));
      const observations = history.map((row) => row.observation);
      return {
        id: official.id,
        name: official.name,
        nameLatin: official.nameLatin,
        positions: official.positions.map((p) => p.position),
        accounts: accountsOf(observations),
        current: currentObservations(observations, (o) => instants.get(o)!),
      };
    });
}

/** The accounts that published observations are about, in the platforms' usual order. */
function accountsOf(history: readonly PublicObservation[]): PublicAccount[] {
  const accounts = new Map(history.flatMap((o) => (o.account ? [[o.account.id, o.account] as const] : [])));
  return [...accounts.values()].sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform));
}

export async function officialsJsonDocument(context: Context): Promise<ExportDocument> {
  const officials = await officialsWithCurrent(context);
  const meta = exportMeta({ asOf: context.query.asOfDay, source: context.source, count: officials.length });
  async function* body() {
    yield JSON.stringify(officials);
    yield "}";
  }
  return { ...jsonHead(meta, ',"data":'), body: body() };
}

/**
 * Popolo as lib/domain/popolo.ts shapes it, with the observations written in where its `x_ashyq_observations`
 * array stands: the document's shape is popolo.ts's alone; only the observations stream.
 */
export async function popoloJsonDocument(context: Context): Promise<ExportDocument> {
  const [officials, count] = await Promise.all([officialsWithCurrent(context), countPublishedObservations(context.filter)]);
  const akimatIds = context.filter.akimatIds ? new Set(context.filter.akimatIds) : null;
  const akimats = akimatIds ? context.registry.akimats.filter((a) => akimatIds.has(a.id)) : context.registry.akimats;
  const meta = exportMeta({ asOf: context.query.asOfDay, source: context.source, count });
  const { before, tagBefore, after } = popoloAroundObservations(meta, akimats, officials);
  async function* body() {
    yield* observationItems(context);
    yield after;
  }
  return { head: before, headForTag: tagBefore, body: body() };
}

/**
 * The Popolo document's text before and after its observations, rendered apart from popoloJsonDocument so that
 * its generator does not keep the officials' records alive: a closure there that named them (as `render` did)
 * would share their scope with the generator, holding some 400 MB through a build of minutes at national scale.
 */
function popoloAroundObservations(meta: ExportMeta, akimats: OpenDataRegistry["akimats"], officials: PublicOfficial[]) {
  const render = (m: unknown) => JSON.stringify(toPopolo({ meta: m, akimats, officials, observations: [] }));
  const mark = '"x_ashyq_observations":[]';
  const [whole, tagged] = [render(meta), render({ ...meta, generatedAt: null })];
  const cut = whole.indexOf(mark) + mark.length - 1;
  return { before: whole.slice(0, cut), after: whole.slice(cut), tagBefore: tagged.slice(0, tagged.indexOf(mark) + mark.length - 1) };
}

export const DOCUMENTS: Record<ExportName, (context: Context) => Promise<ExportDocument>> = {
  "observations.csv": observationsCsvDocument,
  "observations.json": observationsJsonDocument,
  "officials.json": officialsJsonDocument,
  "popolo.json": popoloJsonDocument,
};
