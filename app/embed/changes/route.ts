import { parseChangesEmbedOptions } from "@/lib/validation/embed-options";
import { embedNotFound, EmbedRecordMissing, renderChangesEmbed, sendEmbed } from "../embed-renderings";

export const dynamic = "force-dynamic";

/**
 * What changed between two waves or days (issue 16, part 4), to be framed in an outlet's article: approved data
 * only (readPublishedWaveChanges reads nothing else), no session read, no cookie set, no JavaScript but the resize
 * script. Rendered once per view and publication version, like the other embeds (published-render-cache). An
 * address that names no two sides, or a wave that is no longer there, gets a page saying so in the article's frame.
 */
export async function GET(request: Request) {
  const options = parseChangesEmbedOptions(new URL(request.url).searchParams);
  try {
    return sendEmbed(request, await renderChangesEmbed(options));
  } catch (error) {
    if (error instanceof EmbedRecordMissing) return embedNotFound(options.lang, { title: "changes.unknownTitle", message: "changes.unknown" });
    throw error;
  }
}
