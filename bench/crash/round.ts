/**
 * One round: open the form N times, post the N submissions in a burst, pull the plug after K acknowledgements,
 * restart, check, then do what a reporter would (send the unanswered forms again) and check again.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startApp, type AppProcess } from "./app-process";
import { burst, post, sendUntilAcknowledged, type Answer, type Submission } from "./burst";
import { judge, type Violation } from "./checks";
import { idempotencyKeyOf, prefilledValue, readObservationForm, type Screenshot } from "./form";
import { fillIn } from "./plan";
import type { Setting, Snapshot } from "./snapshot";
import type { Target } from "./target";

export type RoundOptions = {
  target: Target;
  setting: Setting;
  cookie: string;
  port: number;
  logFile: string;
  uploadDir: string;
  submissions: number;
  concurrency: number;
  killAfter: number;
  screenshot: Screenshot;
  screenshotEvery: number;
};

export type RoundFigures = {
  sent: number;
  acknowledged: number;
  inDoubt: number;
  notDelivered: number;
  /** Answered with the form and an error notice ("nothing was saved"), in the burst and when sent again. */
  refusedInBurst: number;
  refusedWhenSentAgain: number;
  /** Sent again after the restart and left without an answer for two minutes (then sent once more). */
  hungWhenSentAgain: number;
  /** Saved before the crash, though the browser never heard so. */
  committedUnacknowledged: number;
  /** Unanswered ones sent again: answered with the observation saved before the crash, or saved now. */
  resentAlreadySaved: number;
  resentCreated: number;
  /** Answered ones sent again (a double click): answered with the same observation. */
  doubleSubmitsSameId: number;
  lost: number;
  halfWritten: number;
  /** Upload files no evidence row names, so far in the run: written by a save the crash cut off. */
  orphanFiles: number;
  finalObservations: number;
};

export type RoundResult = { figures: RoundFigures; violations: Violation[] };

/** The running app; a round replaces it when it restarts the app, so that whoever stops it at the end stops the live one. */
export type Running = { app: AppProcess };

async function openForms(
  app: AppProcess,
  cookie: string,
  count: number,
): Promise<{ hidden: ReturnType<typeof readObservationForm>; observedAt: string; tagged: boolean }[]> {
  const forms = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${app.baseUrl}/observations/new`, { headers: { cookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`GET /observations/new answered ${response.status}: is the reporter signed in?`);
    const html = await response.text();
    const observedAt = prefilledValue(html, "observedAt");
    if (!observedAt) throw new Error("The form has no pre-filled observation time");
    forms.push({ hidden: readObservationForm(html), observedAt, tagged: Boolean(response.headers.get("x-request-id")) });
  }
  return forms;
}

/** The upload directory's files and their SHA-256, to check the screenshots the database names. */
function filesOnDisk(uploadDir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(uploadDir)) return files;
  for (const name of readdirSync(uploadDir))
    files.set(
      name,
      createHash("sha256")
        .update(readFileSync(path.join(uploadDir, name)))
        .digest("hex"),
    );
  return files;
}

export async function runRound(options: RoundOptions, running: Running, runId: string): Promise<RoundResult> {
  const { target, setting, cookie, submissions: count } = options;
  const violations: Violation[] = [];
  const restart = async () => {
    running.app = await startApp({ app: target.app(options.port), port: options.port, logFile: options.logFile });
    return running.app;
  };
  let app = running.app;
  const forms = await openForms(app, cookie, count);
  if (forms.some((form) => !form.tagged)) violations.push({ key: "-", index: -1, problem: "a page answered without an X-Request-Id header" });
  const submissions: Submission[] = forms.map((form, index) => {
    const subject = setting.subjects[index % setting.subjects.length]!;
    const filled = fillIn({ runId, index, subject, observedAt: form.observedAt, screenshot: options.screenshot, screenshotEvery: options.screenshotEvery });
    return { index, key: idempotencyKeyOf(form.hidden), hidden: form.hidden, requestId: `crash-${runId}-${index}`, ...filled };
  });
  const since = new Date(Date.now() - 1000).toISOString();
  const request = { keys: submissions.map((s) => s.key), runId, since };

  let crashed: Promise<void> | undefined;
  const answers = await burst({
    baseUrl: app.baseUrl,
    cookie,
    submissions,
    concurrency: options.concurrency,
    onAcknowledged: (acknowledged) => {
      if (acknowledged >= options.killAfter) crashed ??= app.crash();
    },
  });
  await (crashed ?? app.crash());

  const tally = (kind: Answer["kind"]) => [...answers.values()].filter((answer) => answer.kind === kind).length;
  const acknowledged = new Map<string, string>();
  for (const [key, answer] of answers) if (answer.kind === "acknowledged") acknowledged.set(key, answer.id);
  for (const s of submissions) {
    const answer = answers.get(s.key)!;
    if (answer.kind === "acknowledged" && !answer.requestIdEchoed)
      violations.push({ key: s.key, index: s.index, problem: "its X-Request-Id was not sent back" });
  }

  // Restart. The embedded database is read first: opening its data directory is its recovery.
  const files = () => filesOnDisk(options.uploadDir);
  let afterCrash: Snapshot;
  if (target.readsWhileRunning) {
    app = await restart();
    afterCrash = await target.snapshot(request);
  } else {
    afterCrash = await target.snapshot(request);
    app = await restart();
  }
  const crashViolations = judge({ sent: submissions, acknowledged, snapshot: afterCrash, files: files(), authorId: setting.reporterId });
  violations.push(...crashViolations);
  const storedAfterCrash = new Map(afterCrash.observations.map((row) => [row.idempotencyKey, row.id]));
  for (const s of submissions) {
    const answer = answers.get(s.key)!;
    // The notice says nothing was saved: it must be true.
    if (answer.kind === "other" && storedAfterCrash.has(s.key)) {
      violations.push({ key: s.key, index: s.index, problem: `answered ${answer.status} (${answer.detail}) yet saved` });
    }
  }
  const unanswered = submissions.filter((s) => !acknowledged.has(s.key));

  // A reporter sends an unanswered form again (same idempotency key); a double click re-sends an answered one.
  const {
    answers: retries,
    refusals,
    hangs,
  } = await sendUntilAcknowledged({ baseUrl: app.baseUrl, cookie, submissions: unanswered, concurrency: options.concurrency });
  const replays = submissions.filter((s) => acknowledged.has(s.key)).slice(0, 10);
  for (const s of replays) retries.set(`replay:${s.key}`, await post(app.baseUrl, cookie, s));
  let resentAlreadySaved = 0;
  let resentCreated = 0;
  let doubleSubmitsSameId = 0;
  const finalAcknowledged = new Map(acknowledged);
  for (const s of [...unanswered, ...replays]) {
    const replay = acknowledged.has(s.key);
    const answer = retries.get(replay ? `replay:${s.key}` : s.key)!;
    if (answer.kind !== "acknowledged") {
      violations.push({ key: s.key, index: s.index, problem: `sent again after the restart, answered ${JSON.stringify(answer)}` });
      continue;
    }
    const earlier = replay ? acknowledged.get(s.key) : storedAfterCrash.get(s.key);
    if (earlier && earlier !== answer.id)
      violations.push({ key: s.key, index: s.index, problem: `sent again, answered with ${answer.id} instead of ${earlier}: a duplicate` });
    if (replay) doubleSubmitsSameId += earlier === answer.id ? 1 : 0;
    else if (earlier) resentAlreadySaved += earlier === answer.id ? 1 : 0;
    else resentCreated++;
    if (!answer.requestIdEchoed) violations.push({ key: s.key, index: s.index, problem: "its X-Request-Id was not sent back" });
    finalAcknowledged.set(s.key, answer.id);
  }

  let final: Snapshot;
  if (target.readsWhileRunning) final = await target.snapshot(request);
  else {
    await app.stop();
    final = await target.snapshot(request);
    app = await restart();
  }
  const finalViolations = judge({ sent: submissions, acknowledged: finalAcknowledged, snapshot: final, files: files(), authorId: setting.reporterId });
  violations.push(...finalViolations);
  if (final.observations.length !== count)
    violations.push({ key: "-", index: -1, problem: `${final.observations.length} observations for ${count} submissions after the retries` });

  const known = new Set(final.knownFiles);
  return {
    violations,
    figures: {
      sent: count,
      acknowledged: acknowledged.size,
      inDoubt: tally("in-doubt"),
      notDelivered: tally("not-delivered"),
      refusedInBurst: tally("other"),
      refusedWhenSentAgain: refusals,
      hungWhenSentAgain: hangs,
      committedUnacknowledged: unanswered.filter((s) => storedAfterCrash.has(s.key)).length,
      resentAlreadySaved,
      resentCreated,
      doubleSubmitsSameId,
      lost: crashViolations.filter((v) => v.problem.includes("(lost)")).length,
      halfWritten: new Set([...crashViolations, ...finalViolations].filter((v) => v.problem.startsWith("half-written")).map((v) => v.key)).size,
      orphanFiles: [...files().keys()].filter((name) => !known.has(name)).length,
      finalObservations: final.observations.length,
    },
  };
}
