import type { ChangeSide } from "@/lib/domain/wave-changes";

type Words = {
  notSurveyed: string;
  existence: (existence: ChangeSide["existence"]) => string;
  visibility: (visibility: NonNullable<ChangeSide["visibility"]>) => string;
  activity: (activity: ChangeSide["activity"]) => string;
  followers: (count: number, approximate: boolean) => string;
  carried: (date: Date) => string;
};

/**
 * One side of an account in the change report: not surveyed, not found, or found with its visibility, activity
 * and count; a count carried from an earlier look says when it was seen.
 */
export function ChangeSideCell({ side, words }: { side: ChangeSide | null; words: Words }) {
  if (!side) return <span className="text-zinc-600 dark:text-zinc-400">{words.notSurveyed}</span>;
  if (side.existence !== "FOUND") return words.existence(side.existence);
  // Lines of their own without a wrapper: a page of 50 officials draws some 400 of these (bench/README.md).
  return (
    <>
      {side.reach && <span className="block tabular-nums">{words.followers(side.reach.value, side.reach.approximate)}</span>}
      {side.carried.followers && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{words.carried(side.carried.followers)}</span>}
      <span className="block text-xs">
        {[side.visibility ? words.visibility(side.visibility) : null, words.activity(side.activity)].filter(Boolean).join(" · ")}
      </span>
    </>
  );
}
