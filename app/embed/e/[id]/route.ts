import { getPublicSavedEmbed } from "@/lib/data/embed/get-public-saved-embed";
import { parseChangesEmbedOptions, parseComparisonEmbedOptions, parseOfficialEmbedOptions } from "@/lib/validation/embed-options";
import { embedNotFound, EmbedRecordMissing, renderChangesEmbed, renderComparisonEmbed, renderOfficialEmbed, sendEmbed } from "../../embed-renderings";

export const dynamic = "force-dynamic";

const UNKNOWN = { title: "saved.unknownTitle", message: "saved.unknown" };

/**
 * A saved embed (issue 17, part 5): the view the editor saved, through the same rendering as its plain address,
 * with the article's headline, intro, notes and source line, all escaped. The article's code names only this
 * address, so a fix in the newsroom shows here within a second: every fix moves the publication version, and the
 * saved embed's version is part of its render key too. Approved data only, no session, no cookie, framable
 * anywhere. An id that names no saved embed, or one whose official or wave is gone, gets the 404 page in the
 * article's frame.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const saved = await getPublicSavedEmbed((await params).id);
  // Nothing says in which language an unknown address was meant: the one it asks for, else the default.
  if (!saved) return embedNotFound(parseOfficialEmbedOptions(new URL(request.url).searchParams).lang, UNKNOWN);
  const { view } = saved;
  const query = new URLSearchParams(view.query);
  const rendering = { keyPrefix: `e/${saved.id}@${saved.version}|`, article: saved };
  try {
    if (view.kind === "comparison") return sendEmbed(request, await renderComparisonEmbed(parseComparisonEmbedOptions(query), rendering));
    if (view.kind === "official") return sendEmbed(request, await renderOfficialEmbed(view.officialId!, parseOfficialEmbedOptions(query), rendering));
    return sendEmbed(request, await renderChangesEmbed(parseChangesEmbedOptions(query), rendering));
  } catch (error) {
    if (error instanceof EmbedRecordMissing) return embedNotFound(parseOfficialEmbedOptions(query).lang, UNKNOWN);
    throw error;
  }
}
