import { changesEmbedBody, changesEmbedTitle, unknownChangesBody } from "@/components/embed/changes-embed";
import { EMBED_CONTENT_SECURITY_POLICY, embedDocument } from "@/components/embed/embed-document";
import { getChangesEmbed } from "@/lib/data/embed/get-changes-embed";
import { asOfToParam } from "@/lib/domain/as-of";
import { embedContext } from "@/lib/http/embed-context";
import { embedResponse } from "@/lib/http/embed-response";
import { renderPublished } from "@/lib/http/published-render-cache";
import { SECURITY_HEADERS } from "@/lib/http/security-headers.js";
import { changesEmbedQuery, parseChangesEmbedOptions, type ChangesEmbedOptions } from "@/lib/validation/embed-options";
import { rememberPublishedResponse } from "@/server/published-responses";

export const dynamic = "force-dynamic";

const NOT_FOUND = Symbol("not found");

/**
 * An address that names no two sides, or a wave that is no longer there: a page that says so inside the article's
 * frame, in its language, rather than an error or a blank box. Not cached: it reads nothing.
 */
async function notFound(options: ChangesEmbedOptions): Promise<Response> {
  const context = await embedContext(options.lang);
  const body = unknownChangesBody({ t: context.t, methodologyHref: context.methodologyHref });
  return new Response(embedDocument({ lang: options.lang, title: context.t.embed("changes.unknownTitle"), body }), {
    status: 404,
    headers: {
      ...SECURITY_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, no-cache",
      "Content-Security-Policy": EMBED_CONTENT_SECURITY_POLICY,
    },
  });
}

/**
 * What changed between two waves or days (issue 16, part 4), to be framed in an outlet's article: approved data
 * only (readPublishedWaveChanges reads nothing else), no session read, no cookie set, no JavaScript but the resize
 * script. Rendered once per view and publication version, like the other embeds (published-render-cache).
 */
export async function GET(request: Request) {
  const options = parseChangesEmbedOptions(new URL(request.url).searchParams);
  const { from, to } = options;
  if (!from || !to) return notFound(options);
  const now = new Date();
  // An open wave or today is live: what it shows moves with approvals and with the day, which is part of the key.
  const key = `changes?${changesEmbedQuery(options)}|${asOfToParam(now)}`;
  try {
    const rendered = await renderPublished(key, async () => {
      const [view, context] = await Promise.all([getChangesEmbed({ from, to, akimatSlugs: options.akimats, now }), embedContext(options.lang)]);
      if (!view) throw NOT_FOUND;
      const body = changesEmbedBody({ view, chosenAkimats: options.akimats.length > 0, context });
      return embedDocument({ lang: options.lang, title: changesEmbedTitle(view, context), body });
    });
    const { response, pathAndQuery, published } = embedResponse(request, rendered, EMBED_CONTENT_SECURITY_POLICY);
    // server/index.ts answers this address's next readers from memory until the publication version is due again.
    rememberPublishedResponse(pathAndQuery, published);
    return response;
  } catch (error) {
    if (error === NOT_FOUND) return notFound(options);
    throw error;
  }
}
