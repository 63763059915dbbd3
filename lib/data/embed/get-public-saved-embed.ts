import "server-only";
import { db } from "@/lib/db";
import { isSavedEmbedId, savedEmbedKindName, type SavedEmbedText, type SavedEmbedView } from "@/lib/domain/saved-embed";

export type PublicSavedEmbed = SavedEmbedText & { id: string; version: number; view: SavedEmbedView };

/**
 * A saved embed as its readers get it (/embed/e/<id>): what it shows and the article's text, with its version for
 * the render key. Nothing about who made or changed it is read: that is the newsroom's, never the public's. No
 * session either: an embed is public. An id that cannot be one is not looked up.
 */
export async function getPublicSavedEmbed(id: string): Promise<PublicSavedEmbed | null> {
  if (!isSavedEmbedId(id)) return null;
  const row = await db.savedEmbed.findUnique({
    where: { id },
    select: { id: true, version: true, kind: true, query: true, officialId: true, headline: true, intro: true, notes: true, sourceLine: true },
  });
  if (!row) return null;
  const { kind, query, officialId, ...rest } = row;
  return { ...rest, view: { kind: savedEmbedKindName(kind), officialId, query } };
}
