/**
 * What each submission of the burst fills in, and therefore what its observation must hold afterwards.
 * Every submission differs (counts, links, both notes name the run and the index), so that a row mixed up with
 * another's, or half of one, cannot pass for complete.
 */
import { observationFormFields } from "../lib/observation-form-fields";
import type { Screenshot } from "./form";
import type { Subject } from "./snapshot";

export type Expected = {
  officialId: string;
  accountId: string;
  platform: string;
  existence: "FOUND";
  visibility: "PUBLIC" | "CLOSED";
  followersRaw: string;
  followers: number;
  postsRaw: string;
  posts: number;
  hasAvatar: boolean;
  contentKinds: string[];
  languages: string[];
  publicNote: string;
  internalNote: string;
  links: string[];
  screenshots: number;
};

export type Filled = { fields: [string, string][]; expected: Expected; screenshot?: Screenshot };

/** Submission `index` of run `runId`; every `screenshotEvery`-th carries a screenshot (0: none). */
export function fillIn({
  runId,
  index,
  subject,
  observedAt,
  screenshot,
  screenshotEvery,
}: {
  runId: string;
  index: number;
  subject: Subject;
  observedAt: string;
  screenshot: Screenshot;
  screenshotEvery: number;
}): Filled {
  const followers = 1000 + index;
  const posts = 1 + (index % 97);
  const links = [`https://example.org/crash/${runId}/${index}/source`, `https://web.archive.org/web/2024/https://example.org/crash/${runId}/${index}`];
  const expected: Expected = {
    ...subject,
    existence: "FOUND",
    visibility: index % 2 === 0 ? "PUBLIC" : "CLOSED",
    // Written as people do ("1 234", a no-break space); the number is parsed by the app.
    followersRaw: `${Math.floor(followers / 1000)}\u00a0${String(followers % 1000).padStart(3, "0")}`,
    followers,
    postsRaw: String(posts),
    posts,
    hasAvatar: index % 3 !== 0,
    contentKinds: ["OFFICIAL_WORK", "REPOSTS"],
    languages: ["KAZAKH", "RUSSIAN"],
    publicNote: `Бірлік #${index}: «${runId}»`,
    internalNote: `crash test ${runId} #${index}: Нұрмұхамбетов, Жумагулов — ${"ә".repeat(index % 7)}`,
    links,
    screenshots: screenshotEvery > 0 && index % screenshotEvery === 0 ? 1 : 0,
  };
  const fields = observationFormFields({
    filled: {
      officialId: subject.officialId,
      platform: subject.platform,
      accountId: subject.accountId,
      observedAt,
      existence: expected.existence,
      visibility: expected.visibility,
      hasAvatar: expected.hasAvatar ? "yes" : "no",
      followers: expected.followersRaw,
      posts: expected.postsRaw,
      publicNote: expected.publicNote,
      internalNote: expected.internalNote,
      evidenceLinks: links.join("\r\n"),
    },
    contentKinds: expected.contentKinds,
    languages: expected.languages,
  });
  return { fields, expected, screenshot: expected.screenshots ? screenshot : undefined };
}
