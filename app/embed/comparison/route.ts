import { parseComparisonEmbedOptions } from "@/lib/validation/embed-options";
import { renderComparisonEmbed, sendEmbed } from "../embed-renderings";

export const dynamic = "force-dynamic";

/**
 * The public comparison, to be framed in an outlet's article: published data only (getComparison reads nothing
 * else), no session read, no cookie set, no JavaScript but the resize script. Rendered once per view and
 * publication version (see published-render-cache).
 */
export async function GET(request: Request) {
  const options = parseComparisonEmbedOptions(new URL(request.url).searchParams);
  return sendEmbed(request, await renderComparisonEmbed(options));
}
