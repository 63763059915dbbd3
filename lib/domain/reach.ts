/**
 * Reach: how many people an account reaches. Followers where the platform counts them; a Facebook personal
 * profile that only has friends counts its friends, and says so.
 */
export type Reach = { value: number; approximate: boolean; measure: "followers" | "friends" };

export function reachOf(counts: {
  followers: number | null;
  followersApproximate: boolean;
  friends: number | null;
  friendsApproximate: boolean;
}): Reach | null {
  if (counts.followers !== null) return { value: counts.followers, approximate: counts.followersApproximate, measure: "followers" };
  if (counts.friends !== null) return { value: counts.friends, approximate: counts.friendsApproximate, measure: "friends" };
  return null;
}
