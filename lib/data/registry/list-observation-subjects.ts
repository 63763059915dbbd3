import "server-only";
import { db } from "@/lib/db";
import { compareByRank } from "@/lib/domain/positions";

/** Officials in post, grouped by akimat in order of rank, with their accounts: the observation form's choices. */
export async function listObservationSubjects() {
  const akimats = await db.akimat.findMany({
    where: { endedOn: null },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
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
    officials: akimat.positions
      .map((position) => ({ title: position.title, name: position.official.fullName, official: position.official }))
      .sort(compareByRank)
      .map(({ title, official }) => ({ id: official.id, fullName: official.fullName, title, accounts: official.accounts })),
  }));
}
export type ObservationSubjects = Awaited<ReturnType<typeof listObservationSubjects>>;
