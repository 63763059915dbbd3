import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { newSavedEmbedId, SAVED_EMBED_KIND_COLUMN } from "@/lib/domain/saved-embed";
import { savedEmbedWaveIds, type SavedEmbedInput } from "@/lib/validation/saved-embed-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

/*
 * A saved embed's writes (issue 17, part 5; docs/decisions/0007-embeds.md), one module as the waves' are: an
 * editor saves the builder's view with an article's text, and later fixes the text or the view. Each writes its
 * audit entry in its transaction, which also moves the publication version, so the embed's cached renders are
 * replaced within a second; an edit applies only to the version the editor opened.
 */

/** An editor saves what the builder shows, with the article's headline, intro, notes and source line. */
export async function createSavedEmbed({ viewer, input }: { viewer: Viewer; input: SavedEmbedInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "embed.build");
    await checkView(tx, input);
    const id = await unusedId(tx);
    const created = await tx.savedEmbed.create({ data: { id, ...savedEmbedColumns(input), createdById: viewer.id, updatedById: viewer.id } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "savedEmbed.create", entity: "savedEmbed", entityId: id, after: created });
    return { id };
  });
}

/** An editor fixes a saved embed's text or what it shows; the address, and so the article's code, stays. */
export async function updateSavedEmbed({ viewer, id, expectedVersion, input }: VersionedEdit<SavedEmbedInput>): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "embed.build");
    const before = await loadForWrite(tx, "savedEmbed", id);
    assertVersion(before, expectedVersion);
    await checkView(tx, input);
    const after = await versionedUpdate(tx, {
      entity: "savedEmbed",
      before,
      expectedVersion,
      changes: { ...savedEmbedColumns(input), updatedById: viewer.id },
      actorId: viewer.id,
      action: "savedEmbed.update",
    });
    return { id, version: after.version };
  });
}

const savedEmbedColumns = ({ view, headline, intro, notes, sourceLine }: SavedEmbedInput) => ({
  kind: SAVED_EMBED_KIND_COLUMN[view.kind],
  query: view.query,
  officialId: view.officialId,
  headline,
  intro,
  notes,
  sourceLine,
});

/**
 * The official of a card and the waves the view names must be there: the builder offers only those, but a page
 * left open while a wave was removed, or a hand-made request, could name one that is not.
 */
async function checkView(tx: Tx, { view }: SavedEmbedInput) {
  if (view.officialId && !(await tx.official.findUnique({ where: { id: view.officialId }, select: { id: true } }))) {
    throw new FieldError({ view: ["viewGone"] });
  }
  const waveIds = [...new Set(savedEmbedWaveIds(view))];
  if (waveIds.length > 0 && (await tx.wave.count({ where: { id: { in: waveIds } } })) !== waveIds.length) {
    throw new FieldError({ view: ["viewGone"] });
  }
}

/**
 * A random id nobody holds yet. Checked before the insert rather than caught after it: a failed insert would abort
 * the transaction and its audit entry with it. Two saves drawing the same id at the same instant (one chance in
 * 2^50) would still meet the primary key, an unexpected error the editor can retry.
 */
async function unusedId(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = newSavedEmbedId();
    if (!(await tx.savedEmbed.findUnique({ where: { id }, select: { id: true } }))) return id;
  }
  throw new Error("No unused saved-embed id after five draws: the random source is broken");
}
