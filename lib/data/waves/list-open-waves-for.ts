import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Platform } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/validation/record-id";
import { wavesCovering } from "./wave-scope";

/** The open waves an observation of this official on this platform may go into: the observation form's choice. */
export async function listOpenWavesFor({ viewer, officialId, platform }: { viewer: Viewer; officialId: string; platform: Platform }) {
  assertCan(viewer, "wave.view");
  if (!isRecordId(officialId)) return [];
  return wavesCovering(db, { officialId, platform, openOnly: true });
}
export type OpenWaveChoice = Awaited<ReturnType<typeof listOpenWavesFor>>[number];
