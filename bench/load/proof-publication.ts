/**
 * Proofs about what one instance writes and the other shows, run while the load is on.
 *
 * - Embed refresh: a reporter submits an observation with a count no embed shows yet; the editor approves it on
 *   instance A through the review page's form (posted like a browser without JavaScript); from the moment A
 *   acknowledges the approval, both instances' card of that official are polled until they show the count.
 * - Evidence: a screenshot uploaded with an observation through A is served by B, byte for byte (both instances
 *   have the same UPLOAD_DIR, as a deployment needs: one shared directory).
 */
import sharp from "sharp";
import { multipartBody } from "../crash/form";
import { findForm, formBody } from "../lib/html-form";
import { CookieJar, pause, send, type Instance } from "./client";
import { observationFields } from "./observation-fields";
import type { ProofResult } from "./proof-sign-in";
import { formOf, SAVED } from "./reporters";
import type { Person, Subject } from "./setup";
import { signIn } from "./sign-in";

const POLL_MS = 50;
const GIVE_UP_MS = 30_000;

type Submitted = { id: string } | { error: string };

/** Opens the form on `formOn` and submits it on `postTo` with `fields` (the form's own observation time), and `screenshot` if any. */
async function submit(
  formOn: Instance,
  postTo: Instance,
  jar: CookieJar,
  fields: [string, string][],
  screenshot?: { name: string; type: string; bytes: Uint8Array },
): Promise<Submitted> {
  const page = await send(formOn, { method: "GET", path: "/observations/new", jar, expect: { kind: "page" } }, null);
  const form = formOf(page.body);
  if (typeof form === "string") return { error: `form on ${formOn.name}: ${page.status} ${form}` };
  const filled = fields.map(([name, value]): [string, string] => [name, name === "observedAt" ? form.observedAt : value]);
  const saved = await send(
    postTo,
    {
      method: "POST",
      path: "/observations/new",
      jar,
      body: multipartBody(form.hidden, filled, screenshot),
      expect: { kind: "redirect", statuses: [303], location: SAVED },
    },
    null,
  );
  if (!saved.ok || !saved.location) return { error: `submit on ${postTo.name}: ${saved.error?.detail}` };
  const url = new URL(saved.location, "http://x");
  return { id: SAVED.exec(url.pathname + url.search)![1]! };
}

const digitsOf = (html: string) => html.replace(/[\s\u00a0\u202f]/g, "");

/** Milliseconds from `since` until `instance`'s page at `path` contains `digits`, or NaN after GIVE_UP_MS. */
async function waitUntilShown(instance: Instance, path: string, digits: string, since: number): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    const page = await send(instance, { method: "GET", path, expect: { kind: "page" } }, null);
    if (page.status === 200 && digitsOf(page.body).includes(digits)) return performance.now() - since;
    await pause(POLL_MS);
  }
  return Number.NaN;
}

export async function proveEmbedRefresh({
  instances: [a, b],
  reporter,
  editor,
  password,
  subject,
  mark,
}: {
  instances: [Instance, Instance];
  reporter: Person;
  editor: Person;
  password: string;
  subject: Subject;
  mark: string;
}): Promise<ProofResult> {
  const name = "embed refresh after approval";
  const followers = 9_000_000 + Math.floor(Math.random() * 900_000);
  const digits = String(followers);
  const cardPath = `/embed/official/${subject.officialId}?lang=ru`;
  const jar = new CookieJar({ NEXT_LOCALE: "ru" });
  if (!(await signIn({ csrfFrom: b, postTo: b, jar, email: reporter.email, password })).ok)
    return { name, pass: false, detail: "the reporter could not sign in" };
  const fields = observationFields({ mark: `${mark}-proof`, reporter: 0, n: 0, subject, observedAt: "" }).map(([field, value]): [string, string] => [
    field,
    field === "followers" ? digits : value,
  ]);
  const saved = await submit(b, a, jar, fields);
  if ("error" in saved) return { name, pass: false, detail: saved.error };

  const before = await Promise.all([a, b].map((instance) => send(instance, { method: "GET", path: cardPath, expect: { kind: "page" } }, null)));
  if (before.some((page) => digitsOf(page.body).includes(digits))) return { name, pass: false, detail: "the card showed the count before the approval" };

  const editorJar = new CookieJar({ NEXT_LOCALE: "ru" });
  if (!(await signIn({ csrfFrom: a, postTo: a, jar: editorJar, email: editor.email, password })).ok)
    return { name, pass: false, detail: "the editor could not sign in" };
  const review = await send(a, { method: "GET", path: `/review/${saved.id}`, jar: editorJar, expect: { kind: "page" } }, null);
  const form = review.ok ? findForm(review.body, "decision", "approve") : null;
  if (!form) return { name, pass: false, detail: `no approve form on A's review page (${review.status})` };
  const approvedAt = performance.now();
  const approval = await send(
    a,
    {
      method: "POST",
      path: `/review/${saved.id}`,
      jar: editorJar,
      body: formBody(form),
      expect: { kind: "redirect", statuses: [303], location: /^\/review\?notice=approved$/ },
    },
    null,
  );
  if (!approval.ok) return { name, pass: false, detail: `the approval on A was not acknowledged: ${approval.error?.detail}` };
  const acknowledged = performance.now();
  const [onA, onB] = await Promise.all([waitUntilShown(a, cardPath, digits, acknowledged), waitUntilShown(b, cardPath, digits, acknowledged)]);
  const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : `not within ${GIVE_UP_MS / 1000} s`);
  return {
    name,
    pass: Number.isFinite(onA) && Number.isFinite(onB),
    detail: `approved on A (the approval took ${((acknowledged - approvedAt) / 1000).toFixed(2)} s); the official's card showed the new count on A after ${seconds(onA)}, on B after ${seconds(onB)} (polled every ${POLL_MS} ms)`,
    facts: { observationId: saved.id, approvalMs: acknowledged - approvedAt, shownOnAMs: onA, shownOnBMs: onB },
  };
}

export async function proveSharedEvidence({
  instances: [a, b],
  reporter,
  password,
  subject,
  mark,
}: {
  instances: [Instance, Instance];
  reporter: Person;
  password: string;
  subject: Subject;
  mark: string;
}): Promise<ProofResult> {
  const name = "screenshot uploaded on A, served by B";
  const jar = new CookieJar({ NEXT_LOCALE: "ru" });
  if (!(await signIn({ csrfFrom: a, postTo: a, jar, email: reporter.email, password })).ok)
    return { name, pass: false, detail: "the reporter could not sign in" };
  const png = await sharp({ create: { width: 360, height: 640, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .png()
    .toBuffer();
  const fields = observationFields({ mark: `${mark}-evidence`, reporter: 0, n: 1, subject, observedAt: "" });
  const saved = await submit(a, a, jar, fields, { name: "screenshot.png", type: "image/png", bytes: png });
  if ("error" in saved) return { name, pass: false, detail: saved.error };
  const page = await send(a, { method: "GET", path: `/observations/${saved.id}`, jar, expect: { kind: "page" } }, null);
  const evidencePath = /\/api\/evidence\/[a-z0-9]+/i.exec(page.body)?.[0];
  if (!evidencePath) return { name, pass: false, detail: "the saved observation's page links no screenshot" };
  const [fromA, fromB] = await Promise.all([a, b].map((instance) => fetch(instance.baseUrl + evidencePath, { headers: { cookie: jar.header() } })));
  const [bytesA, bytesB] = await Promise.all([fromA!, fromB!].map(async (response) => Buffer.from(await response.arrayBuffer())));
  const pass = fromA!.status === 200 && fromB!.status === 200 && bytesA!.length > 0 && bytesA!.equals(bytesB!);
  return {
    name,
    pass,
    detail: `A answered ${fromA!.status} (${bytesA!.length} bytes, ${fromA!.headers.get("content-type")}), B answered ${fromB!.status} (${bytesB!.length} bytes)${pass ? ", the same bytes" : ""}`,
  };
}
