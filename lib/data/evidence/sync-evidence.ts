import "server-only";
import type { Tx } from "@/lib/db";
import { MAX_SCREENSHOTS_PER_OBSERVATION } from "@/lib/domain/image-type";
import { FieldError } from "../errors";
import type { PreparedScreenshot } from "./prepare-screenshots";

/**
 * Brings an observation's evidence in line with its form, inside the observation's transaction: the links
 * become exactly those listed, removed screenshots go, new ones are added. Returns the storage keys of
 * removed files, to delete once the transaction has committed.
 */
export async function syncEvidence(
  tx: Tx,
  { observationId, links, screenshots, removeIds }: { observationId: string; links: string[]; screenshots: PreparedScreenshot[]; removeIds: string[] },
): Promise<string[]> {
  const existing = await tx.evidence.findMany({ where: { observationId }, select: { id: true, kind: true, url: true, storageKey: true, thumbnailKey: true } });
  const removed = existing.filter((e) => e.kind === "SCREENSHOT" && removeIds.includes(e.id));
  assertRoom(existing.filter((e) => e.kind === "SCREENSHOT").length - removed.length, screenshots.length);
  const staleLinks = existing.filter((e) => e.kind === "LINK" && !links.includes(e.url ?? ""));
  const knownLinks = new Set(existing.filter((e) => e.kind === "LINK").map((e) => e.url));
  await tx.evidence.deleteMany({ where: { id: { in: [...removed, ...staleLinks].map((e) => e.id) }, observationId } });
  await tx.evidence.createMany({
    data: [
      ...links.filter((url) => !knownLinks.has(url)).map((url) => ({ observationId, kind: "LINK" as const, url })),
      ...screenshots.map((shot) => ({
        observationId,
        kind: "SCREENSHOT" as const,
        storageKey: shot.storageKey,
        thumbnailKey: shot.thumbnailKey,
        mimeType: shot.mimeType,
        byteSize: shot.byteSize,
        sha256: shot.sha256,
        width: shot.width,
        height: shot.height,
        caption: shot.caption,
      })),
    ],
  });
  return removed.flatMap((e) => [e.storageKey, e.thumbnailKey]).filter((key): key is string => Boolean(key));
}

function assertRoom(kept: number, adding: number): void {
  if (kept + adding > MAX_SCREENSHOTS_PER_OBSERVATION) throw new FieldError({ screenshots: [`tooManyFiles:${MAX_SCREENSHOTS_PER_OBSERVATION}`] });
}

/**
 * Before an edit's new files are processed: would they fit beside the screenshots the observation keeps?
 * syncEvidence asks again inside the transaction, where the answer is final.
 */
export async function checkScreenshotRoom(
  client: Pick<Tx, "evidence">,
  { observationId, adding, removeIds }: { observationId: string; adding: number; removeIds: string[] },
): Promise<void> {
  if (adding === 0) return;
  const existing = await client.evidence.findMany({ where: { observationId, kind: "SCREENSHOT" }, select: { id: true } });
  // Compared here, not in the query: a hidden field can carry anything, and PostgreSQL fails on a null byte.
  assertRoom(existing.filter((e) => !removeIds.includes(e.id)).length, adding);
}
