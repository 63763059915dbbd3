import { getPublicationChangedAt } from "@/lib/data/embed/get-publication-version";
import { parseAsOf, type AsOf } from "@/lib/data/public/as-of";
import { env } from "@/lib/env";
import { conditionalResponse, weakEtag } from "@/lib/http/conditional-response";

export type RenderedExport = {
  body: string;
  /** What the entity tag is computed from, when it is not the body itself (a JSON export's generation time is left out). */
  etagSource?: string;
  contentType: string;
  /** Set for downloads (the CSV): the file name a browser saves it under. */
  filename?: string;
};

/**
 * The shared shape of the public exports: read `asOf`, render, answer with caching headers and a 304 when the
 * client already holds this version. No session is read and no cookie is set: the data is public, and open to
 * scripts on any site (CORS), like the published articles it comes from.
 */
export async function publicExport(request: Request, render: (context: { asOf: AsOf; source: string }) => Promise<RenderedExport>): Promise<Response> {
  const url = new URL(request.url);
  const asOf = parseAsOf(url.searchParams.get("asOf"));
  if (!asOf) {
    return Response.json(
      { error: "asOf must be a calendar day written YYYY-MM-DD" },
      { status: 400, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
    );
  }
  const source = `${url.origin}${url.pathname}${asOf.day ? `?asOf=${asOf.day}` : ""}`;
  const [rendered, changedAt] = await Promise.all([render({ asOf, source }), getPublicationChangedAt()]);
  const headers = new Headers({
    "Content-Type": rendered.contentType,
    "Access-Control-Allow-Origin": "*",
    Link: `<${env.OPEN_DATA_LICENCE_URL}>; rel="license"`,
  });
  if (rendered.filename) headers.set("Content-Disposition", `attachment; filename="${rendered.filename}"`);
  // The licence travels in a header too, so a change of licence is a new version even of the CSV.
  const etag = weakEtag(`${env.OPEN_DATA_LICENCE_URL}\n${rendered.etagSource ?? rendered.body}`);
  // Never later than now (RFC 9110, section 8.8.2.1): the database's clock may run ahead of this one.
  const lastModified = changedAt ? new Date(Math.min(changedAt.getTime(), Date.now())) : undefined;
  return conditionalResponse(request, { body: rendered.body, etag, headers, lastModified });
}
