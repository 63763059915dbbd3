/**
 * The crash test's judgement, as pure functions of what was sent, what the browser was told and what the
 * database holds: an acknowledged submission is present and whole; nothing is half-written; no key has two.
 */
import type { Expected } from "./plan";
import type { Snapshot, Stored } from "./snapshot";

export type Violation = { key: string; index: number; problem: string };

/** The fields of a stored observation that differ from what the reporter sent. */
export function differences(expected: Expected, stored: Stored, authorId: string): string[] {
  const wrong: string[] = [];
  const same = (name: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) wrong.push(`${name}: sent ${JSON.stringify(want)}, stored ${JSON.stringify(got)}`);
  };
  same("authorId", authorId, stored.authorId);
  same("status", "SUBMITTED", stored.status);
  same("officialId", expected.officialId, stored.officialId);
  same("accountId", expected.accountId, stored.accountId);
  same("platform", expected.platform, stored.platform);
  same("existence", expected.existence, stored.existence);
  same("visibility", expected.visibility, stored.visibility);
  same("followersRaw", expected.followersRaw, stored.followersRaw);
  same("followers", expected.followers, stored.followers);
  same("postsRaw", expected.postsRaw, stored.postsRaw);
  same("posts", expected.posts, stored.posts);
  same("hasAvatar", expected.hasAvatar, stored.hasAvatar);
  same("contentKinds", [...expected.contentKinds].sort(), [...stored.contentKinds].sort());
  same("languages", [...expected.languages].sort(), [...stored.languages].sort());
  same("publicNote", expected.publicNote, stored.publicNote);
  same("internalNote", expected.internalNote, stored.internalNote);
  same("links", [...expected.links].sort(), stored.links);
  same("screenshots", expected.screenshots, stored.screenshots.length);
  return wrong;
}

/**
 * What makes a stored observation half-written: its audit entry missing (or doubled), evidence missing from it
 * or from what the audit entry recorded, or a screenshot row whose file is not on disk with the recorded hash.
 */
export function incompleteness(expected: Expected, stored: Stored, files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  if (stored.createAudits !== 1) problems.push(`${stored.createAudits} observation.create audit entries (want 1)`);
  const evidence = stored.links.length + stored.screenshots.length;
  if (evidence !== expected.links.length + expected.screenshots)
    problems.push(`${evidence} evidence rows (sent ${expected.links.length + expected.screenshots})`);
  if (stored.createAudits > 0 && stored.auditedEvidence !== evidence)
    problems.push(`audit entry records ${stored.auditedEvidence} evidence rows, table has ${evidence}`);
  for (const shot of stored.screenshots) {
    if (!shot.storageKey || files.get(shot.storageKey) !== shot.sha256) problems.push(`screenshot ${shot.storageKey} missing on disk or its hash differs`);
    if (!shot.thumbnailKey || !files.has(shot.thumbnailKey)) problems.push(`thumbnail ${shot.thumbnailKey} missing on disk`);
  }
  return problems;
}

export type Sent = { index: number; key: string; expected: Expected };

/**
 * Every acknowledged submission present, whole and equal to what was sent (under the id the browser was sent
 * to); every present one whole; no orphan audit entries. `acknowledged` maps a key to the observation id of its 303.
 */
export function judge({
  sent,
  acknowledged,
  snapshot,
  files,
  authorId,
}: {
  sent: Sent[];
  acknowledged: ReadonlyMap<string, string>;
  snapshot: Snapshot;
  files: ReadonlyMap<string, string>;
  authorId: string;
}): Violation[] {
  const byKey = new Map(snapshot.observations.map((row) => [row.idempotencyKey, row]));
  const violations: Violation[] = [];
  for (const { index, key, expected } of sent) {
    const stored = byKey.get(key);
    const ackedId = acknowledged.get(key);
    const report = (problem: string) => violations.push({ key, index, problem });
    if (ackedId && !stored) report(`acknowledged as ${ackedId} but not in the database (lost)`);
    if (!stored) continue;
    if (ackedId && ackedId !== stored.id) report(`acknowledged as ${ackedId} but stored as ${stored.id}`);
    for (const problem of incompleteness(expected, stored, files)) report(`half-written: ${problem}`);
    for (const problem of differences(expected, stored, authorId)) report(`differs: ${problem}`);
  }
  if (snapshot.runObservations !== snapshot.observations.length) {
    violations.push({
      key: "-",
      index: -1,
      problem: `${snapshot.runObservations} observations carry this run's internal notes, ${snapshot.observations.length} its keys: duplicates`,
    });
  }
  if (snapshot.orphanAudits > 0)
    violations.push({ key: "-", index: -1, problem: `${snapshot.orphanAudits} audit entries name an observation that does not exist` });
  return violations;
}
