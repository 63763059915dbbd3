/**
 * Posting submissions the way a browser without JavaScript does, and sorting out what the browser was told.
 */
import { multipartBody, type HiddenInputs, type Screenshot } from "./form";
import type { Expected } from "./plan";

export type Submission = {
  index: number;
  key: string;
  hidden: HiddenInputs;
  fields: [string, string][];
  screenshot?: Screenshot;
  expected: Expected;
  /** Sent as X-Request-Id, as a reverse proxy would: the app must keep it and send it back. */
  requestId: string;
};

export type Answer =
  /** A 303 to the saved observation: the browser was told it is saved. */
  | { kind: "acknowledged"; id: string; requestIdEchoed: boolean }
  /** The server answered something else: a page with an error notice, a 500. */
  | { kind: "other"; status: number; location: string | null; detail: string }
  /** The connection was refused: the request never reached the app. */
  | { kind: "not-delivered" }
  /** The connection broke after the request was sent: saved or not, the browser cannot know. */
  | { kind: "in-doubt"; error: string };

const SAVED = /^\/observations\/([a-z0-9]+)\?saved=submitted$/;

/** A browser gives up at some point too; a request still unanswered by then counts as in doubt (and as hung). */
export const ANSWER_TIMEOUT_MS = 120_000;
export const NO_ANSWER = `no answer within ${ANSWER_TIMEOUT_MS / 1000} s`;

function errorCode(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return NO_ANSWER;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}

/** POSTs one submission to the form's page (a form without an action attribute posts to its own URL). */
export async function post(baseUrl: string, cookie: string, submission: Submission): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/observations/new`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: baseUrl, referer: `${baseUrl}/observations/new`, "x-request-id": submission.requestId },
      body: multipartBody(submission.hidden, submission.fields, submission.screenshot),
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
  } catch (error) {
    const code = errorCode(error);
    return code === "ECONNREFUSED" ? { kind: "not-delivered" } : { kind: "in-doubt", error: code };
  }
  const location = response.headers.get("location");
  let body = "";
  try {
    body = await response.text();
  } catch (error) {
    if (response.status !== 303) return { kind: "in-doubt", error: `body cut off: ${errorCode(error)}` };
  }
  const saved = response.status === 303 && location ? SAVED.exec(new URL(location, baseUrl).pathname + new URL(location, baseUrl).search) : null;
  if (saved) return { kind: "acknowledged", id: saved[1]!, requestIdEchoed: response.headers.get("x-request-id") === submission.requestId };
  const notice = /role="alert"[^>]*>([^<]{0,200})/.exec(body)?.[1] ?? body.slice(0, 200);
  return { kind: "other", status: response.status, location, detail: notice };
}

/**
 * Sends every submission, `concurrency` at a time, and calls `onAcknowledged` after each acknowledgement (the
 * crash test pulls the plug from there). Resolves when every submission has an answer.
 */
export async function burst({
  baseUrl,
  cookie,
  submissions,
  concurrency,
  onAcknowledged = () => {},
}: {
  baseUrl: string;
  cookie: string;
  submissions: Submission[];
  concurrency: number;
  onAcknowledged?: (count: number) => void;
}): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  let next = 0;
  let acknowledged = 0;
  const worker = async () => {
    while (next < submissions.length) {
      const submission = submissions[next++]!;
      const answer = await post(baseUrl, cookie, submission);
      answers.set(submission.key, answer);
      if (answer.kind === "acknowledged") onAcknowledged(++acknowledged);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, submissions.length) }, worker));
  return answers;
}

/**
 * Sends each submission until it is acknowledged, as a reporter does after an error notice ("nothing was
 * saved, try again"): up to `attempts` times, waiting a little longer each time. Counts the refusals.
 */
export async function sendUntilAcknowledged({
  baseUrl,
  cookie,
  submissions,
  concurrency,
  attempts = 5,
}: {
  baseUrl: string;
  cookie: string;
  submissions: Submission[];
  concurrency: number;
  attempts?: number;
}): Promise<{ answers: Map<string, Answer>; refusals: number; hangs: number }> {
  const answers = new Map<string, Answer>();
  let pending = submissions;
  let refusals = 0;
  let hangs = 0;
  for (let attempt = 1; attempt <= attempts && pending.length > 0; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    const sent = await burst({ baseUrl, cookie, submissions: pending, concurrency });
    for (const [key, answer] of sent) {
      answers.set(key, answer);
      if (answer.kind === "other") refusals++;
      if (answer.kind === "in-doubt" && answer.error === NO_ANSWER) hangs++;
    }
    pending = pending.filter((submission) => sent.get(submission.key)?.kind !== "acknowledged");
  }
  return { answers, refusals, hangs };
}
