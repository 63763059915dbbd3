import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { savedEmbedKindName, type SavedEmbedView } from "@/lib/domain/saved-embed";

export const SAVED_EMBEDS_PAGE_SIZE = 20;

export type SavedEmbedListItem = {
  id: string;
  headline: string;
  view: SavedEmbedView;
  /** A card's official, by name, for the list to say whose card it is. */
  officialName: string | null;
  updatedAt: Date;
  updatedByName: string;
};

/**
 * The saved embeds, newest first, a page at a time (page 1 is the newest): what the builder lists for editing. An
 * article's embed is usually made once and fixed soon after, so the newest are the ones an editor looks for.
 */
export async function listSavedEmbeds({
  viewer,
  page,
}: {
  viewer: Viewer;
  page: number;
}): Promise<{ items: SavedEmbedListItem[]; page: number; pageCount: number; total: number }> {
  assertCan(viewer, "embed.build");
  const total = await db.savedEmbed.count();
  const pageCount = Math.max(1, Math.ceil(total / SAVED_EMBEDS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db.savedEmbed.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * SAVED_EMBEDS_PAGE_SIZE,
    take: SAVED_EMBEDS_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      query: true,
      officialId: true,
      headline: true,
      updatedAt: true,
      official: { select: { fullName: true } },
      updatedBy: { select: { name: true } },
    },
  });
  const items = rows.map((row) => ({
    id: row.id,
    headline: row.headline,
    view: { kind: savedEmbedKindName(row.kind), officialId: row.officialId, query: row.query },
    officialName: row.official?.fullName ?? null,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy.name,
  }));
  return { items, page: current, pageCount, total };
}
