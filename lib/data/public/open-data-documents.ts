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

type Context = {
  query: OpenDataQuery;
  registry: OpenDataRegistry;
  filter: ObservationFilter;
  source: string;
  /** observations.json with the same filters: the whole history, which popolo.json points to. */
  historySource: string;
};

/** Reads the registry and resolves the filters; throws UnknownFilterError for an akimat nobody has. */
export async function exportContext(query: OpenDataQuery, origin: string, pathname: string): Promise<Context> {
  const [registry, wave] = await Promise.all([loadOpenDataRegistry(), findWaveCut(query.waveId ?? undefined)]);
  const filter = observationFilter(query, registry, wave);
  const filters = filterQueryString(query);
  const search = filters ? `?${filters}` : "";
  return { query, registry, filter, source: `${origin}${pathname}${search}`, historySource: `${origin}/api/public/observations.json${search}` };
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

/** The officials an export covers: every one, or those who held a post in the akimats asked for, or the one asked for. */
function chosenOfficials(context: Context): RegistryOfficial[] {
  const akimatIds = context.filter.akimatIds ? new Set(context.filter.akimatIds) : null;
  return context.registry.officials
    .filter((official) => !context.filter.officialId || official.id === context.filter.officialId)
    .filter((official) => !akimatIds || official.positions.some((p) => akimatIds.has(p.position.akimat.id)));
}

/**
 * The latest published observation of each account and of each platform's searches, all of them and by official:
 * what the officials' accounts, what is current and popolo.json's sources are made of.
 */
async function latestByOfficial(context: Context): Promise<{ latest: LatestObservation[]; byOfficial: Map<string, LatestObservation[]> }> {
  const latest = await latestPublishedObservations(context.registry, context.filter);
  const byOfficial = new Map<string, LatestObservation[]>();
  for (const row of latest) {
    const rows = byOfficial.get(row.observation.official.id);
    if (rows) rows.push(row);
    else byOfficial.set(row.observation.official.id, [row]);
  }
  return { latest, byOfficial };
}

/** An official's record in officials.json: their posts, the accounts published observations are about, what is current. */
function publicOfficial(official: RegistryOfficial, latest: LatestObservation[]): PublicOfficial {
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

/** Every official with their posts, accounts and what is current. The head (its count is the registry's) goes first. */
export async function officialsJsonDocument(context: Context): Promise<ExportDocument> {
  const officials = chosenOfficials(context);
  const meta = exportMeta({ asOf: context.query.asOfDay, source: context.source, count: officials.length });
  async function* body() {
    const { byOfficial } = await latestByOfficial(context);
    for (let start = 0; start < officials.length; start += OFFICIALS_PER_PIECE) {
      const piece = officials
        .slice(start, start + OFFICIALS_PER_PIECE)
        .map((official) => JSON.stringify(publicOfficial(official, byOfficial.get(official.id) ?? [])));
      yield `${start ? "," : "["}${piece.join(",")}`;
    }
    yield officials.length ? "]}" : "[]}";
  }
  return { ...jsonHead(meta, ',"data":'), body: body() };
}

/** Observations written this many at a time into popolo.json's array. */
const OBSERVATIONS_PER_PIECE = 500;

/**
 * Popolo as lib/domain/popolo.ts shapes it: the registry, with what is published about each official now as the
 * `x_ashyq_observations` extension: each account's latest published observation and each platform's latest search
 * (the as-of and other filters applied), the rows its persons' sources and officials.json's `current` are made of.
 * Not the history: a Popolo file is a registry that tools read whole, and with every observation in it it was 1.09
 * GB at national scale and took 83 s to build; the history is observations.json's, named in `meta.x_ashyq_history`
 * with the same filters (decision 0016). The head (the meta, with its count) goes once the latest rows are read.
 */
export async function popoloJsonDocument(context: Context): Promise<ExportDocument> {
  const { latest, byOfficial } = await latestByOfficial(context);
  const meta = { ...exportMeta({ asOf: context.query.asOfDay, source: context.source, count: latest.length }), x_ashyq_history: context.historySource };
  async function* body() {
    let registry: PopoloRegistryText | undefined = popoloRegistryText(context, latest, byOfficial);
    const { after } = registry;
    yield registry.text;
    registry = undefined;
    for (let start = 0; start < latest.length; start += OBSERVATIONS_PER_PIECE) {
      const piece = latest.slice(start, start + OBSERVATIONS_PER_PIECE).map((row) => JSON.stringify(row.observation));
      yield `${start ? "," : ""}${piece.join(",")}`;
    }
    yield after;
  }
  return { head: `{"meta":${JSON.stringify(meta)}`, headForTag: `{"meta":${JSON.stringify({ ...meta, generatedAt: null })}`, body: body() };
}

type PopoloRegistryText = { text: string; after: string };

/**
 * The Popolo document's text after its meta and before its observations, and after them, rendered once (with the
 * meta null, cut off) in a function of its own, so that nothing of the build keeps the officials' records alive:
 * some 20 MB of text at national scale. The persons' sources are read from the latest observations.
 */
function popoloRegistryText(context: Context, latest: LatestObservation[], byOfficial: Map<string, LatestObservation[]>): PopoloRegistryText {
  const akimatIds = context.filter.akimatIds ? new Set(context.filter.akimatIds) : null;
  const popolo = toPopolo({
    meta: null,
    akimats: akimatIds ? context.registry.akimats.filter((a) => akimatIds.has(a.id)) : context.registry.akimats,
    officials: chosenOfficials(context).map((official) => ({
      ...official,
      positions: official.positions.map((p) => p.position),
      accounts: accountsOf((byOfficial.get(official.id) ?? []).map((row) => row.observation)),
    })),
    observations: [],
    sourcesFrom: latest.map((row) => row.observation),
  });
  const whole = JSON.stringify(popolo);
  const metaFirst = '{"meta":null';
  const mark = '"x_ashyq_observations":[]';
  if (!whole.startsWith(metaFirst)) throw new Error("popolo.ts no longer writes meta first");
  const cut = whole.indexOf(mark) + mark.length - 1;
  // `after` a copy: a slice would keep the whole text alive for as long as the generator that writes it last.
  return { text: whole.slice(metaFirst.length, cut), after: Buffer.from(whole.slice(cut)).toString() };
}

export const DOCUMENTS: Record<ExportName, (context: Context) => Promise<ExportDocument>> = {
  "observations.csv": observationsCsvDocument,
  "observations.json": observationsJsonDocument,
  "officials.json": officialsJsonDocument,
  "popolo.json": popoloJsonDocument,
};
