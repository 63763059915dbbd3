import "server-only";
import { db } from "@/lib/db";
import { compareByRank } from "@/lib/domain/positions";
import { isRecordId } from "@/lib/validation/record-id";
import type { SubjectScope } from "./choose-subject-scope";

/**
 * Officials in post, grouped by akimat in order of rank, with their accounts: the observation form's choices.
 * `akimatIds` narrows them to those akimats (an empty list gives none).
 */
export async function listObservationSubjects({ akimatIds }: { akimatIds?: string[] } = {}) {
  const akimats = await db.akimat.findMany({
    where: { endedOn: null, ...(akimatIds ? { id: { in: akimatIds.filter(isRecordId) } } : {}) },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      nameKk: true,
      nameEn: true,
      positions: {
        where: { endedOn: null },
        select: {
          title: true,
          official: {
            select: {
              id: true,
              fullName: true,
              accounts: { orderBy: [{ platform: "asc" }, { createdAt: "asc" }], select: { id: true, platform: true, handle: true, label: true } },
            },
          },
        },
      },
    },
  });
  return akimats.map((akimat) => ({
    id: akimat.id,
    name: akimat.name,
    nameKk: akimat.nameKk,
    nameEn: akimat.nameEn,
    officials: akimat.positions
      .map((position) => ({ title: position.title, name: position.official.fullName, official: position.official }))
      .sort(compareByRank)
      .map(({ title, official }) => ({ id: official.id, fullName: official.fullName, title, accounts: official.accounts })),
  }));
}
export type ObservationSubjects = Awaited<ReturnType<typeof listObservationSubjects>>;

/** The subjects a scope lists (none while the reporter still has to choose an akimat). */
export async function listSubjectsOf(scope: SubjectScope): Promise<ObservationSubjects> {
  if (scope.kind === "choose") return [];
  return listObservationSubjects(scope.kind === "akimats" ? { akimatIds: scope.akimatIds } : {});
}
