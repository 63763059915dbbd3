import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isSavedEmbedId, savedEmbedKindName, type SavedEmbedText, type SavedEmbedView } from "@/lib/domain/saved-embed";

export type SavedEmbedRecord = SavedEmbedText & {
  id: string;
  version: number;
  view: SavedEmbedView;
  createdAt: Date;
  updatedAt: Date;
  createdByName: string;
  updatedByName: string;
};

/** A saved embed as its edit page shows it, for editors (embed.build); null for an id that names none. */
export async function getSavedEmbed({ viewer, id }: { viewer: Viewer; id: string }): Promise<SavedEmbedRecord | null> {
  assertCan(viewer, "embed.build");
  if (!isSavedEmbedId(id)) return null;
  const row = await db.savedEmbed.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      kind: true,
      query: true,
      officialId: true,
      headline: true,
      intro: true,
      notes: true,
      sourceLine: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const { kind, query, officialId, createdBy, updatedBy, ...rest } = row;
  return { ...rest, view: { kind: savedEmbedKindName(kind), officialId, query }, createdByName: createdBy.name, updatedByName: updatedBy.name };
}
