/**
 * What a load-test reporter types into the observation form: the fields in the browser's order, different for
 * every submission (counts, visibility, languages), "searched, not found" where the official has no account on
 * the platform. No screenshot: the load measures the form and the database, not image processing (the evidence
 * proof uploads one through one instance and reads it through the other).
 */
import { observationFormFields } from "../lib/observation-form-fields";
import type { Subject } from "./setup";

/** Every load-test internal note starts with the run's mark, so that the end-of-run check can count what was saved. */
export function observationFields({
  mark,
  reporter,
  n,
  subject,
  observedAt,
}: {
  mark: string;
  reporter: number;
  n: number;
  subject: Subject;
  observedAt: string;
}): [string, string][] {
  const found = subject.accountId !== null;
  const followers = 100 + ((reporter * 7919 + n * 104_729) % 90_000);
  const posts = 1 + ((reporter + n) % 500);
  const written = (value: number) => (value >= 1000 ? `${Math.floor(value / 1000)}\u00a0${String(value % 1000).padStart(3, "0")}` : String(value));
  const when = (value: string) => (found ? value : "");
  return observationFormFields({
    filled: {
      officialId: subject.officialId,
      platform: subject.platform,
      accountId: subject.accountId ?? "",
      observedAt,
      existence: found ? "FOUND" : "NOT_FOUND",
      visibility: when(n % 3 === 0 ? "CLOSED" : "PUBLIC"),
      hasAvatar: when(n % 2 === 0 ? "yes" : "no"),
      followers: when(written(followers)),
      posts: when(written(posts)),
      internalNote: `${mark} reporter ${reporter} #${n}: нагрузка, Жумагулов`,
      evidenceLinks: `https://example.org/load/${mark}/${reporter}/${n}`,
    },
    contentKinds: found ? ["OFFICIAL_WORK", ...(n % 2 ? ["REPOSTS"] : [])] : [],
    languages: found ? ["RUSSIAN", ...(n % 3 === 1 ? ["KAZAKH"] : [])] : [],
  });
}
