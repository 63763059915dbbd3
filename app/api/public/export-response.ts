import { createReadStream } from "node:fs";
import { getPublicationChangedAt } from "@/lib/data/embed/get-publication-version";
import { renderJsonExport } from "@/lib/data/public/export-meta";
import { DOCUMENTS, exportContext, observationsJsonPage, type ExportName } from "@/lib/data/public/open-data-documents";
import { currentPublicationVersion, dumpStarted, finishedDump, readGrowingDump, startDump } from "@/lib/data/public/open-data-dumps";
import { parseOpenDataQuery, type OpenDataQuery } from "@/lib/data/public/open-data-query";
import { UnknownFilterError } from "@/lib/data/public/published-observation-pages";
import { env } from "@/lib/env";
import { conditionalResponse, ifNoneMatchHits, PUBLIC_CACHE_CONTROL, PUBLIC_VARY, weakEtag } from "@/lib/http/conditional-response";
import { dumpKey, type DumpFile } from "@/lib/http/open-data-dumps";
import { streamBody } from "@/lib/http/stream-body";

/** How long a request waits for a new build to finish before it reads the file as it grows (and gets no tag). */
const WAIT_FOR_BUILD_MS = 1000;
/**
 * How long a request whose build waits behind the others (open-data-dumps.ts, MAX_BUILDS) waits for its turn
 * before it is told to come back: a build takes up to a minute, and a client or proxy given nothing for that long
 * gives up without knowing why. The build keeps its place in the queue, so the request made again gets it.
 */
const WAIT_FOR_TURN_MS = 10_000;
const RETRY_AFTER_SECONDS = 30;

const CONTENT_TYPES: Record<ExportName, string> = {
  "observations.csv": "text/csv; charset=utf-8",
  "observations.json": "application/json; charset=utf-8",
  "officials.json": "application/json; charset=utf-8",
  "popolo.json": "application/json; charset=utf-8",
};

const refuse = (error: string) => Response.json({ error }, { status: 400, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });

/**
 * The shared shape of the public exports (docs/open-data.md, decision 0016): read the filters, then answer a page
 * of observations.json from the database, or a whole export from its file, built once per publication version.
 * Caching headers and a 304 when the client already holds this version. No session is read and no cookie is set:
 * the data is public, and open to scripts on any site (CORS), like the published articles it comes from.
 */
export async function publicExport(request: Request, name: ExportName): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseOpenDataQuery(url.searchParams, { pages: name === "observations.json" });
  if (!parsed.ok) return refuse(parsed.error);
  const { query } = parsed;
  try {
    return query.page ? await jsonPage(request, url, query) : await wholeExport(request, url, query, name);
  } catch (error) {
    if (error instanceof UnknownFilterError) return refuse(error.message);
    throw error;
  }
}

function baseHeaders(name: ExportName, query: OpenDataQuery, lastModified: Date | null): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": CONTENT_TYPES[name],
    "Access-Control-Allow-Origin": "*",
    Link: `<${env.OPEN_DATA_LICENCE_URL}>; rel="license"`,
    "Cache-Control": PUBLIC_CACHE_CONTROL,
    Vary: PUBLIC_VARY,
  };
  if (name === "observations.csv") {
    const filtered = query.sinceDay || query.akimatSlugs.length || query.officialId || query.platform;
    headers["Content-Disposition"] = `attachment; filename="observations${query.asOfDay ? `-as-of-${query.asOfDay}` : ""}${filtered ? "-filtered" : ""}.csv"`;
  }
  // Never later than now (RFC 9110, section 8.8.2.1): the database's clock may run ahead of this one.
  if (lastModified) headers["Last-Modified"] = new Date(Math.min(lastModified.getTime(), Date.now())).toUTCString();
  return headers;
}

async function jsonPage(request: Request, url: URL, query: OpenDataQuery): Promise<Response> {
  const [page, changedAt] = await Promise.all([exportContext(query, url.origin, url.pathname).then(observationsJsonPage), getPublicationChangedAt()]);
  const { body, etagSource } = renderJsonExport(page);
  const headers = new Headers(baseHeaders("observations.json", query, changedAt));
  if (page.meta.next) headers.set("Link", `${headers.get("Link")}, <${page.meta.next}>; rel="next"`);
  return conditionalResponse(request, { body, etag: weakEtag(`${env.OPEN_DATA_LICENCE_URL}\n${etagSource}`), headers, lastModified: changedAt ?? undefined });
}

async function wholeExport(request: Request, url: URL, query: OpenDataQuery, name: ExportName): Promise<Response> {
  const key = dumpKey(url.pathname + url.search)!;
  const version = await currentPublicationVersion();
  const finished = finishedDump(key, version);
  if (finished) return fileResponse(request, finished);
  const changedAt = await getPublicationChangedAt();
  const build = startDump({
    key,
    version,
    headers: baseHeaders(name, query, changedAt),
    etagPrefix: `${env.OPEN_DATA_LICENCE_URL}\n`,
    document: async () => DOCUMENTS[name](await exportContext(query, url.origin, url.pathname)),
  });
  const file = await Promise.race([build.done, new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_FOR_BUILD_MS))]);
  if (file) return fileResponse(request, file);
  if (!(await dumpStarted(build, WAIT_FOR_TURN_MS - WAIT_FOR_BUILD_MS))) return busy();
  // Still building: the file as it grows, with no tag yet (the tag is the hash of the whole).
  return new Response(streamBody(readGrowingDump(build)), { status: 200, headers: baseHeaders(name, query, changedAt) });
}

/** Every build slot is taken and this one waits its turn: say so, and when to ask again, rather than send nothing. */
function busy(): Response {
  return Response.json(
    { error: `Other exports are being prepared and this one waits its turn: ask again in ${RETRY_AFTER_SECONDS} seconds.` },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}

/** A finished file through Next (the first request after a build; server/index.ts sends the next ones, gzipped). */
function fileResponse(request: Request, file: DumpFile): Response {
  const headers = new Headers({ ...file.headers, ETag: file.etag });
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), file.etag)) {
    for (const header of ["Content-Type", "Content-Disposition"]) headers.delete(header);
    return new Response(null, { status: 304, headers });
  }
  return new Response(streamBody(createReadStream(file.path)), { status: 200, headers });
}
