import "server-only";
import type { Tx } from "@/lib/db";
import { coveringReporter } from "@/lib/domain/wave-checklist";

/** An assignment as the rule reads it, in the order the assignments were given (the first given wins a tie). */
export const ASSIGNMENT_ORDER = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * Who covers each official of a wave (`coveringReporter`), with what the rule needs from the registry: where each
 * akimat of the scope sits, read by primary key, and only when the wave includes districts and gives out an akimat
 * (otherwise an akimat covers its own line alone). The checklist and a reporter's home both decide through it.
 */
export async function readCoveringReporter<R>(
  client: Pick<Tx, "akimat">,
  {
    includeDistricts,
    scopeIds,
    assignments,
  }: {
    includeDistricts: boolean;
    scopeIds: readonly string[];
    assignments: readonly { akimatId: string | null; officialId: string | null; reporter: R }[];
  },
): Promise<(official: { id: string; akimatId: string }) => R | null> {
  const walksUp = includeDistricts && assignments.some((assignment) => assignment.akimatId);
  const akimats = walksUp ? await client.akimat.findMany({ where: { id: { in: [...scopeIds] } }, select: { id: true, parentId: true } }) : [];
  const parents = new Map(akimats.map((akimat) => [akimat.id, akimat.parentId]));
  return coveringReporter({ assignments, includeDistricts, parentOf: (akimatId) => parents.get(akimatId) });
}
