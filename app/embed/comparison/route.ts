import { comparisonEmbedBody } from "@/components/embed/comparison-embed";
import { EMBED_CONTENT_SECURITY_POLICY, embedDocument } from "@/components/embed/embed-document";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { findWaveCut, waveRenderKey } from "@/lib/data/waves/wave-cut";
import { asOfFromParam, asOfToParam } from "@/lib/domain/as-of";
import { embedContext } from "@/lib/http/embed-context";
import { embedResponse } from "@/lib/http/embed-response";
import { renderPublished } from "@/lib/http/published-render-cache";
import { comparisonEmbedQuery, parseComparisonEmbedOptions } from "@/lib/validation/embed-options";
import { rememberPublishedResponse } from "@/server/published-responses";

export const dynamic = "force-dynamic";

/**
 * The public comparison, to be framed in an outlet's article: published data only (getComparison reads nothing
 * else), no session read, no cookie set, no JavaScript but the resize script. Rendered once per view and
 * publication version (see published-render-cache).
 */
export async function GET(request: Request) {
  const options = parseComparisonEmbedOptions(new URL(request.url).searchParams);
  const now = new Date();
  // A wave that is not there (an address typed by hand) leaves the view to its day, or live: it never breaks.
  const wave = (await findWaveCut(options.wave)) ?? undefined;
  // "As of today" changes at midnight: today's date is part of what the view shows; so is a wave's close.
  const key = `comparison?${comparisonEmbedQuery(options)}|${wave ? waveRenderKey(wave, asOfToParam(now)) : (options.asOf ?? asOfToParam(now))}`;
  const rendered = await renderPublished(key, async () => {
    const [comparison, context] = await Promise.all([
      getComparison({ asOf: asOfFromParam(options.asOf, now), akimatSlugs: options.akimats, wave }),
      embedContext(options.lang),
    ]);
    const body = comparisonEmbedBody({ comparison, options, context, outlet: context.outlet, methodologyHref: context.methodologyHref });
    return embedDocument({ lang: options.lang, title: context.t.embed("title"), body });
  });
  const { response, pathAndQuery, published } = embedResponse(request, rendered, EMBED_CONTENT_SECURITY_POLICY);
  // server/index.ts answers this address's next readers from memory until the publication version is due again.
  rememberPublishedResponse(pathAndQuery, published);
  return response;
}
