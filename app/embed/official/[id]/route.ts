import { EMBED_CONTENT_SECURITY_POLICY, embedDocument } from "@/components/embed/embed-document";
import { officialCardEmbedBody } from "@/components/embed/official-card-embed";
import { getOfficialCard } from "@/lib/data/embed/get-official-card";
import { findWaveCut, waveRenderKey } from "@/lib/data/waves/wave-cut";
import { asOfFromParam, asOfToParam } from "@/lib/domain/as-of";
import { embedContext } from "@/lib/http/embed-context";
import { embedResponse } from "@/lib/http/embed-response";
import { renderPublished } from "@/lib/http/published-render-cache";
import { officialEmbedQuery, parseOfficialEmbedOptions } from "@/lib/validation/embed-options";
import { isRecordId } from "@/lib/validation/record-id";
import { rememberPublishedResponse } from "@/server/published-responses";

export const dynamic = "force-dynamic";

const NOT_FOUND = Symbol("not found");

/** One official's public card, for an article about them: published data only, no cookie, framable anywhere. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const options = parseOfficialEmbedOptions(new URL(request.url).searchParams);
  const now = new Date();
  if (!isRecordId(id)) return new Response("Not found", { status: 404 });
  const wave = (await findWaveCut(options.wave)) ?? undefined;
  const key = `official/${id}?${officialEmbedQuery(options)}|${wave ? waveRenderKey(wave, asOfToParam(now)) : (options.asOf ?? asOfToParam(now))}`;
  try {
    const rendered = await renderPublished(key, async () => {
      const [card, context] = await Promise.all([
        getOfficialCard({ officialId: id, asOf: asOfFromParam(options.asOf, now), wave }),
        embedContext(options.lang),
      ]);
      if (!card) throw NOT_FOUND;
      const body = officialCardEmbedBody({ card, locale: options.lang, pinned: options.asOf !== undefined, context, methodologyHref: context.methodologyHref });
      return embedDocument({ lang: options.lang, title: context.t.embed("officialTitle", { name: card.fullName }), body });
    });
    const { response, pathAndQuery, published } = embedResponse(request, rendered, EMBED_CONTENT_SECURITY_POLICY);
    // server/index.ts answers this address's next readers from memory until the publication version is due again.
    rememberPublishedResponse(pathAndQuery, published);
    return response;
  } catch (error) {
    if (error === NOT_FOUND) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
