import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/record-id";
import { publishedObservationSql } from "../observations/published";

/**
 * A wave as a point of view (issue 16, part 5): what it published. A closed wave is stable: it shows the
 * observations recorded in it that were approved by the moment it closed, so a late approval does not change an
 * article that cites it; reopening and closing it again is the editor's way to take a late approval in (both are
 * audited). An open wave shows what is approved so far. A retraction still removes an observation: it is a
 * published correction, not a quiet change (docs/decisions/0017-survey-waves.md).
 */
export type WaveCut = { id: string; name: string; closedAt: Date | null };

/** The instant a wave's view stands at: its close, or now while it is open. */
export const waveCutInstant = (cut: WaveCut, now = new Date()): Date => cut.closedAt ?? now;

/**
 * What a render of a wave's view depends on beyond the publication version: its close (reopened and closed again,
 * it shows more), or today while it is open (its "updated" day).
 */
export const waveRenderKey = (cut: WaveCut, today: string): string => `wave:${cut.id}:${cut.closedAt ? cut.closedAt.toISOString() : `open:${today}`}`;

/** A wave's published observations, over an `observations` row aliased `o`. */
export function publishedInWaveSql(cut: WaveCut): Prisma.Sql {
  const approvedByClose = cut.closedAt ? Prisma.sql` AND o."reviewedAt" <= ${cut.closedAt}` : Prisma.empty;
  return Prisma.sql`o."waveId" = ${cut.id} AND ${publishedObservationSql}${approvedByClose}`;
}

/**
 * The wave behind a `wave=` parameter, or null when there is none. Public: a wave's name and its close are
 * published with its figures; its methodology note and who was on it are the newsroom's.
 */
export async function findWaveCut(id: string | undefined): Promise<WaveCut | null> {
  if (!id || !isRecordId(id)) return null;
  return db.wave.findUnique({ where: { id }, select: { id: true, name: true, closedAt: true } });
}

/** The waves one may view the published figures of: closed ones first (stable), newest first. */
export async function listWaveCuts(): Promise<(WaveCut & { opensOn: Date })[]> {
  const waves = await db.wave.findMany({ select: { id: true, name: true, closedAt: true, opensOn: true }, orderBy: [{ opensOn: "desc" }, { id: "asc" }] });
  return waves.sort((a, b) => Number(a.closedAt === null) - Number(b.closedAt === null));
}
