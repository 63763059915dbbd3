/**
 * A reader of the load: someone reading articles with the outlet's embeds in them. They load an embed (the
 * comparison in one of its forms, or an official's card), read for about a second, load another. Half of the
 * readers keep a browser cache: on a second view of an embed they send its ETag (If-None-Match), as a browser
 * does for a `no-cache` response, and an unchanged embed answers 304 with no body. The other half come without
 * one (first visits, private windows) and always get the 200. Each request goes to the next instance in turn.
 */
import { pause, RoundRobin, send, think, type Instance, type Think } from "./client";
import type { Recorder } from "./report";
import type { EmbedPaths } from "./setup";

/** The default think time between two embeds, in milliseconds (mean ± spread, uniform). */
export const READER_THINK: Think = { mean: 1000, spread: 500 };
/** The share of views that are of the comparison (the rest are officials' cards). */
export const COMPARISON_SHARE = 0.6;

export type ReaderRun = { index: number; instances: Instance[]; embeds: EmbedPaths; recorder: Recorder; stop: AbortSignal; thinkTime?: Think };

export function pickEmbed(embeds: EmbedPaths, random: () => number = Math.random): string {
  const list = random() < COMPARISON_SHARE || embeds.cards.length === 0 ? embeds.comparisons : embeds.cards;
  return list[Math.floor(random() * list.length)]!;
}

export async function runReader({ index, instances, embeds, recorder, stop, thinkTime = READER_THINK }: ReaderRun): Promise<void> {
  const robin = new RoundRobin(instances, index);
  const keepsCache = index % 2 === 0;
  const etags = new Map<string, string>();
  // Readers arrive over the first second rather than all in the same millisecond.
  await pause(Math.random() * thinkTime.mean, stop);
  while (!stop.aborted) {
    const path = pickEmbed(embeds);
    const etag = keepsCache ? etags.get(path) : undefined;
    const answer = await send(
      robin.next(),
      {
        method: "GET",
        path,
        headers: etag ? { "if-none-match": etag } : {},
        expect: { kind: "page", revalidated: Boolean(etag), setsNoCookie: true },
        check: (body, status) => (status === 200 && !body.includes("</html>") ? "the embed's page is cut short" : undefined),
      },
      recorder,
    );
    if (answer.ok && answer.etag) etags.set(path, answer.etag);
    await pause(think(thinkTime), stop);
  }
}
