/**
 * A reporter of the load: signed in, they open the new-observation form, fill it in (a think time), submit it
 * as a browser without JavaScript does (multipart post of the form's hidden Server Action inputs and the fields
 * to the page's own address), follow the redirect to the saved observation, pause, and start again. Each request
 * goes to the next instance in turn.
 */
import { multipartBody, prefilledValue, readObservationForm, type HiddenInputs } from "../crash/form";
import { CookieJar, pause, RoundRobin, send, think, type Instance, type Think } from "./client";
import { observationFields } from "./observation-fields";
import type { Recorder } from "./report";
import type { Person, Subject } from "./setup";
import { signIn } from "./sign-in";

/** The default think times in milliseconds (mean ± spread, uniform): filling in the form, looking at the saved page. */
export type ReporterThink = { fillIn: Think; afterSave: Think };
export const REPORTER_THINK: ReporterThink = { fillIn: { mean: 2000, spread: 1000 }, afterSave: { mean: 1000, spread: 500 } };

export const SAVED = /^\/observations\/([a-z0-9]+)\?saved=submitted$/;

type Form = { hidden: HiddenInputs; observedAt: string };

/** Reads the form off the page, or says what is wrong with the page (the caller counts it as an error). */
export function formOf(html: string): Form | string {
  try {
    const observedAt = prefilledValue(html, "observedAt");
    return observedAt ? { hidden: readObservationForm(html), observedAt } : "the form has no pre-filled observation time";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The notice a refused submission shows ("nothing was saved…"), for the error's sample. */
const noticeOf = (html: string) => /role="alert"[^>]*>([^<]{0,160})/.exec(html)?.[1] ?? "the form came back without a notice";

export type Reporter = { index: number; jar: CookieJar; robin: RoundRobin };

/** Signs a reporter in, the token from one instance and the post to the other. Null when that failed (recorded). */
export async function signInReporter({
  person,
  password,
  index,
  instances,
  recorder,
}: {
  person: Person;
  password: string;
  index: number;
  instances: Instance[];
  recorder: Recorder;
}): Promise<Reporter | null> {
  const robin = new RoundRobin(instances, index);
  const jar = new CookieJar({ NEXT_LOCALE: "ru" });
  const answer = await signIn({ csrfFrom: robin.next(), postTo: robin.next(), jar, email: person.email, password, recorder });
  return answer.ok ? { index, jar, robin } : null;
}

export type ReporterRun = {
  reporter: Reporter;
  subjects: Subject[];
  mark: string;
  recorder: Recorder;
  stop: AbortSignal;
  thinkTimes?: ReporterThink;
  /** Each saved observation's id, for the end-of-run count. */
  onSaved: (id: string) => void;
};

/** Submits observations, one after the other, until `stop`. */
export async function runReporter({
  reporter: { index, jar, robin },
  subjects,
  mark,
  recorder,
  stop,
  thinkTimes = REPORTER_THINK,
  onSaved,
}: ReporterRun): Promise<void> {
  // Spread the reporters' first forms over the first two seconds, as people do not all click at once.
  await pause(Math.random() * 2000, stop);
  for (let n = 0; !stop.aborted; n++) {
    const read: { form: Form | string } = { form: "not read" };
    const page = await send(
      robin.next(),
      {
        method: "GET",
        path: "/observations/new",
        jar,
        expect: { kind: "page" },
        check: (html) => {
          read.form = formOf(html);
          return typeof read.form === "string" ? read.form : undefined;
        },
      },
      recorder,
    );
    await pause(think(thinkTimes.fillIn), stop);
    if (stop.aborted) break;
    const form = read.form;
    if (!page.ok || typeof form === "string") continue;
    const subject = subjects[(index * 7 + n * 13) % subjects.length]!;
    const fields = observationFields({ mark, reporter: index, n, subject, observedAt: form.observedAt });
    const saved = await send(
      robin.next(),
      {
        method: "POST",
        path: "/observations/new",
        jar,
        body: multipartBody(form.hidden, fields),
        expect: { kind: "redirect", statuses: [303], location: SAVED },
        check: noticeOf,
      },
      recorder,
    );
    if (saved.ok && saved.location) {
      const path = new URL(saved.location, "http://x");
      onSaved(SAVED.exec(path.pathname + path.search)![1]!);
      await send(robin.next(), { method: "GET", path: path.pathname + path.search, jar, expect: { kind: "page" } }, recorder);
    }
    await pause(think(thinkTimes.afterSave), stop);
  }
}
