import { changesEmbedBody, changesEmbedTitle } from "@/components/embed/changes-embed";
import { comparisonEmbedBody } from "@/components/embed/comparison-embed";
import { EMBED_CONTENT_SECURITY_POLICY, embedDocument } from "@/components/embed/embed-document";
import { embedNotFoundBody } from "@/components/embed/embed-frame";
import { officialCardEmbedBody } from "@/components/embed/official-card-embed";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { getChangesEmbed } from "@/lib/data/embed/get-changes-embed";
import { getOfficialCard } from "@/lib/data/embed/get-official-card";
import { findWaveCut, waveRenderKey } from "@/lib/data/waves/wave-cut";
import { asOfFromParam, asOfToParam } from "@/lib/domain/as-of";
import type { SavedEmbedText } from "@/lib/domain/saved-embed";
import { embedContext } from "@/lib/http/embed-context";
import { embedResponse } from "@/lib/http/embed-response";
import { renderPublished, type PublishedRendering } from "@/lib/http/published-render-cache";
import { SECURITY_HEADERS } from "@/lib/http/security-headers.js";
import type { Locale } from "@/lib/i18n/config";
import {
  changesEmbedQuery,
  changesPublishedByOf,
  comparisonEmbedQuery,
  officialEmbedQuery,
  publishedByOf,
  type ChangesEmbedOptions,
  type ComparisonEmbedOptions,
  type OfficialEmbedOptions,
} from "@/lib/validation/embed-options";
import { rememberPublishedResponse } from "@/server/published-responses";

/*
 * The three embeds' renderings, shared by their own addresses (/embed/comparison, /embed/official/<id>,
 * /embed/changes) and by a saved embed's (/embed/e/<id>, issue 17, part 5), which adds an article's text: one
 * renderer per kind, so a saved embed shows exactly what the builder previewed. Each is rendered once per view,
 * day and publication version (lib/http/published-render-cache.ts); a saved embed's key adds its id and version.
 */

/** Thrown by a rendering whose record is not there (an official, a wave): the route answers with its 404. */
export class EmbedRecordMissing extends Error {}

type Rendering = {
  /** What else the page depends on, before the view's own key: a saved embed's id and version. */
  keyPrefix?: string;
  /** A saved embed's headline, intro, notes and source line. */
  article?: SavedEmbedText;
};

export async function renderComparisonEmbed(options: ComparisonEmbedOptions, { keyPrefix = "", article }: Rendering = {}): Promise<PublishedRendering> {
  const now = new Date();
  // A wave that is not there (an address typed by hand) leaves the view to its day, or live: it never breaks.
  const wave = (await findWaveCut(options.wave)) ?? undefined;
  // "As of today" changes at midnight: today's date is part of what the view shows; so is a wave's close.
  const key = `${keyPrefix}comparison?${comparisonEmbedQuery(options)}|${wave ? waveRenderKey(wave, asOfToParam(now)) : (options.asOf ?? asOfToParam(now))}`;
  return renderPublished(key, async () => {
    const [comparison, context] = await Promise.all([
      getComparison({ asOf: asOfFromParam(options.asOf, now), akimatSlugs: options.akimats, wave, publishedBy: publishedByOf(options, now) }),
      embedContext(options.lang),
    ]);
    const body = comparisonEmbedBody({ comparison, options, context, outlet: context.outlet, methodologyHref: context.methodologyHref, article });
    return embedDocument({ lang: options.lang, title: article?.headline ?? context.t.embed("title"), body, charts: options.chart !== undefined });
  });
}

export async function renderOfficialEmbed(
  officialId: string,
  options: OfficialEmbedOptions,
  { keyPrefix = "", article }: Rendering = {},
): Promise<PublishedRendering> {
  const now = new Date();
  const wave = (await findWaveCut(options.wave)) ?? undefined;
  const key = `${keyPrefix}official/${officialId}?${officialEmbedQuery(options)}|${wave ? waveRenderKey(wave, asOfToParam(now)) : (options.asOf ?? asOfToParam(now))}`;
  return renderPublished(key, async () => {
    const [card, context] = await Promise.all([
      getOfficialCard({ officialId, asOf: asOfFromParam(options.asOf, now), wave, publishedBy: publishedByOf(options, now) }),
      embedContext(options.lang),
    ]);
    if (!card) throw new EmbedRecordMissing(`official ${officialId}`);
    const body = officialCardEmbedBody({
      card,
      locale: options.lang,
      pinned: options.asOf !== undefined,
      context,
      methodologyHref: context.methodologyHref,
      article,
    });
    return embedDocument({ lang: options.lang, title: article?.headline ?? context.t.embed("officialTitle", { name: card.fullName }), body });
  });
}

/** What changed between two sides; an address without both, or naming a wave that is gone, is EmbedRecordMissing. */
export async function renderChangesEmbed(options: ChangesEmbedOptions, { keyPrefix = "", article }: Rendering = {}): Promise<PublishedRendering> {
  const { from, to } = options;
  if (!from || !to) throw new EmbedRecordMissing("a change report needs two sides");
  const now = new Date();
  // An open wave or today is live: what it shows moves with approvals and with the day, which is part of the key.
  const key = `${keyPrefix}changes?${changesEmbedQuery(options)}|${asOfToParam(now)}`;
  return renderPublished(key, async () => {
    const [view, context] = await Promise.all([
      getChangesEmbed({ from, to, akimatSlugs: options.akimats, now, publishedBy: changesPublishedByOf(options, now) }),
      embedContext(options.lang),
    ]);
    if (!view) throw new EmbedRecordMissing("a side's wave");
    const chart = options.chart && { name: options.chart, query: changesEmbedQuery(options) };
    const body = changesEmbedBody({ view, chosenAkimats: options.akimats.length > 0, context, article, chart });
    return embedDocument({ lang: options.lang, title: article?.headline ?? changesEmbedTitle(view, context), body, charts: chart !== undefined });
  });
}

/** The response for a rendering, handed to the server's memory too, which answers this address's next readers. */
export function sendEmbed(request: Request, rendered: PublishedRendering): Response {
  const { response, pathAndQuery, published } = embedResponse(request, rendered, EMBED_CONTENT_SECURITY_POLICY);
  rememberPublishedResponse(pathAndQuery, published);
  return response;
}

/**
 * An address that names nothing: a page that says so inside the article's frame, in its language, rather than an
 * error or a blank box (an embed lives in an article for years). Not cached: it reads nothing. `messages` are keys
 * of the `embed` messages.
 */
export async function embedNotFound(lang: Locale, messages: { title: string; message: string }): Promise<Response> {
  const context = await embedContext(lang);
  const title = context.t.embed(messages.title);
  const body = embedNotFoundBody({ title, message: context.t.embed(messages.message), t: context.t, methodologyHref: context.methodologyHref });
  return new Response(embedDocument({ lang, title, body }), {
    status: 404,
    headers: {
      ...SECURITY_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, no-cache",
      "Content-Security-Policy": EMBED_CONTENT_SECURITY_POLICY,
    },
  });
}
