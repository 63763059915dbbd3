import "server-only";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";

/**
 * Beyond this many posts in force, the observation form no longer lists every official: each official and account
 * goes into the page twice (the options, and the form's data for React), so a country's worth (5 000 officials,
 * 20 000 accounts) would be megabytes on a reporter's phone. The reporter chooses an akimat first instead.
 */
export const MAX_OFFICIALS_LISTED_WHOLE = 300;

export type SubjectScope =
  /** Few enough officials: the form lists them all. */
  | { kind: "all" }
  /** The form lists these akimats' officials. */
  | { kind: "akimats"; akimatIds: string[] }
  /** Too many to list, and nothing chosen yet: the reporter picks an akimat from these first. */
  | { kind: "choose"; akimats: { id: string; name: string; nameKk: string | null; nameEn: string | null; officials: number }[] };

/**
 * Which officials the observation form should offer: all of them while they are few. Beyond that, an official
 * already known (a repeat survey, a link from a profile, an observation being edited) brings the akimats where
 * they hold a post in force; an akimat the reporter chose brings that one; otherwise the reporter chooses first.
 */
export async function chooseSubjectScope({
  officialId,
  akimatId,
  listWholeUpTo = MAX_OFFICIALS_LISTED_WHOLE,
}: {
  officialId?: string;
  akimatId?: string;
  listWholeUpTo?: number;
}): Promise<SubjectScope> {
  const inPost = await db.position.count({ where: { endedOn: null, akimat: { endedOn: null } } });
  if (inPost <= listWholeUpTo) return { kind: "all" };
  if (officialId && isRecordId(officialId)) {
    const posts = await db.position.findMany({ where: { officialId, endedOn: null, akimat: { endedOn: null } }, select: { akimatId: true } });
    if (posts.length > 0) return { kind: "akimats", akimatIds: [...new Set(posts.map((post) => post.akimatId))] };
  }
  if (akimatId && isRecordId(akimatId)) {
    const akimat = await db.akimat.findFirst({ where: { id: akimatId, endedOn: null }, select: { id: true } });
    if (akimat) return { kind: "akimats", akimatIds: [akimat.id] };
  }
  const akimats = await db.akimat.findMany({
    where: { endedOn: null },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameKk: true, nameEn: true, _count: { select: { positions: { where: { endedOn: null } } } } },
  });
  return { kind: "choose", akimats: akimats.map(({ _count, ...akimat }) => ({ ...akimat, officials: _count.positions })) };
}
