import type { PositionTitle } from "@/lib/generated/prisma/enums";

/** Order of rank inside an akimat, as the story and the akimats' own sites list people. */
export const TITLE_RANK: Record<PositionTitle, number> = {
  AKIM: 0,
  FIRST_DEPUTY_AKIM: 1,
  DEPUTY_AKIM: 2,
  CHIEF_OF_STAFF: 3,
  ADVISER: 4,
  OTHER: 5,
};

export function compareByRank(a: { title: PositionTitle; name: string }, b: { title: PositionTitle; name: string }): number {
  return TITLE_RANK[a.title] - TITLE_RANK[b.title] || a.name.localeCompare(b.name, "ru");
}

/** A position is held on a day when it started on or before it (or its start is unknown) and has not ended. */
export function isHeldOn(position: { startedOn: Date | null; endedOn: Date | null }, day: Date): boolean {
  return (position.startedOn === null || position.startedOn <= day) && (position.endedOn === null || position.endedOn > day);
}
