import { z } from "zod";
import { SAVED_EMBED_LIMITS, type SavedEmbedView } from "@/lib/domain/saved-embed";
import {
  changeEndpointParam,
  changesEmbedQuery,
  comparisonEmbedQuery,
  officialEmbedQuery,
  parseChangesEmbedOptions,
  parseComparisonEmbedOptions,
  parseOfficialEmbedOptions,
} from "./embed-options";
import { isRecordId } from "./record-id";
import { optionalText, requiredText } from "./registry-fields";

/**
 * The saved-embed form (issue 17, part 5): what the embed shows, as the builder's preview address (`view`, a
 * hidden field the builder fills), and the article's text. Messages are keys of `validation`, or of
 * `savedEmbeds.validation` for the view's own.
 */

const EMBED_PATH = /^\/embed\/(?:(comparison|changes)|official\/([^/]+))$/;

/**
 * A builder's address (`/embed/comparison?lang=en&asOf=2026-12-06`) as a saved view: its kind, the official of a
 * card, and the canonical query of its options, rewritten by the embeds' own parsers so that a hand-made request
 * stores what the builder would have made, and one renderer serves both addresses. Null when it names no embed;
 * a change report without its two sides is no embed either.
 */
export function parseSavedEmbedView(address: string): SavedEmbedView | null {
  let url: URL;
  try {
    url = new URL(address, "http://embed.invalid");
  } catch {
    return null;
  }
  const match = EMBED_PATH.exec(url.pathname);
  if (!match) return null;
  const params = url.searchParams;
  if (match[1] === "comparison") return { kind: "comparison", officialId: null, query: comparisonEmbedQuery(parseComparisonEmbedOptions(params)) };
  if (match[1] === "changes") {
    const options = parseChangesEmbedOptions(params);
    return options.from && options.to ? { kind: "changes", officialId: null, query: changesEmbedQuery(options) } : null;
  }
  const officialId = decodeURIComponent(match[2]!);
  return isRecordId(officialId) ? { kind: "official", officialId, query: officialEmbedQuery(parseOfficialEmbedOptions(params)) } : null;
}

/** The survey waves a view names (pinned to one, or a side of a change report): each must be there when saved. */
export function savedEmbedWaveIds(view: SavedEmbedView): string[] {
  const params = new URLSearchParams(view.query);
  if (view.kind !== "changes") return params.get("wave") ? [params.get("wave")!] : [];
  const { from, to } = parseChangesEmbedOptions(params);
  return [from, to].flatMap((side) => (side?.kind === "wave" ? [side.waveId] : []));
}

/**
 * The builder's choices (its GET form's fields) that give a saved view again, so that an editor changing a saved
 * embed's options starts from what it shows: its kind, its official, its options, and its dates (a day, a wave
 * or live; the change report's sides are its own).
 */
export function builderParamsOf(view: SavedEmbedView): URLSearchParams {
  const params = new URLSearchParams(view.query);
  params.set("kind", view.kind);
  if (view.officialId) params.set("official", view.officialId);
  if (view.kind === "changes") {
    const { from, to } = parseChangesEmbedOptions(params);
    if (from) params.set("from", changeEndpointParam(from));
    if (to) params.set("to", changeEndpointParam(to));
  } else params.set("dates", params.has("wave") ? "wave" : params.has("asOf") ? "pinned" : "live");
  return params;
}

export const SavedEmbedInput = z.object({
  view: z
    .string({ error: "viewMissing" })
    .max(2_000, "viewMissing")
    .transform((value, ctx) => {
      const view = parseSavedEmbedView(value);
      if (!view) {
        ctx.addIssue({ code: "custom", message: "viewMissing" });
        return z.NEVER;
      }
      return view;
    }),
  headline: requiredText(SAVED_EMBED_LIMITS.headline),
  intro: optionalText(SAVED_EMBED_LIMITS.intro),
  notes: optionalText(SAVED_EMBED_LIMITS.notes),
  sourceLine: optionalText(SAVED_EMBED_LIMITS.sourceLine),
});
export type SavedEmbedInput = z.infer<typeof SavedEmbedInput>;

export const SAVED_EMBED_FIELDS = ["view", "headline", "intro", "notes", "sourceLine"] as const;
export type SavedEmbedField = (typeof SAVED_EMBED_FIELDS)[number];
