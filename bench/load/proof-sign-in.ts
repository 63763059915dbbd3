/**
 * Proofs that sign-in limits and sessions hold across the instances. Each returns a pass/fail line's facts.
 *
 * - Sign-in limit: wrong passwords for one account from one address (an outsider's, in X-Forwarded-For: the
 *   instances trust 127.0.0.1 as a proxy), alternately to instance A and B. The limit per account and address
 *   (10 failures in 15 minutes, lib/auth/sign-in-limits.ts) is counted in the database, so the 11th attempt is
 *   refused as rate-limited whichever instance gets it; were it counted per instance, that would take ~20. Then the
 *   right password is refused on both from the outsider's address, and accepted on both from the owner's: the
 *   outsider's failures only slow the owner down (the brake), they never keep the owner out.
 * - Session: a session made on A is honoured on B; an admin disables the person (the admin page's form, posted
 *   like a browser without JavaScript); the same cookie is then refused on both.
 * - Sign-out: signed out on A through Auth.js's own endpoint, that browser is signed out on B, and a copy of its
 *   cookie taken before is refused on both: the sign-out revokes the session in the database (decision 0003).
 */
import { findForm, formBody } from "../lib/html-form";
import { CookieJar, send, type Instance } from "./client";
import type { Person } from "./setup";
import { refusalCode, SESSION_COOKIE, signIn } from "./sign-in";

export type ProofResult = { name: string; pass: boolean | null; detail: string; facts?: Record<string, unknown> };

const MAX_ATTEMPTS = 30;

/** An outsider's address and the account owner's, as a proxy in front would name them (documentation ranges). */
const OUTSIDER = "203.0.113.66";
const OWNER = "198.51.100.7";

export async function proveLockout([a, b]: [Instance, Instance], person: Person, password: string): Promise<ProofResult> {
  const codes: string[] = [];
  let lockedAt = 0;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && !lockedAt; attempt++) {
    const to = attempt % 2 ? a : b;
    const answer = await signIn({ csrfFrom: to, postTo: to, jar: new CookieJar(), email: person.email, password: `${password}-wrong`, forwardedFor: OUTSIDER });
    const code = refusalCode(answer.location) ?? `status ${answer.status}`;
    codes.push(`${to.name}:${code}`);
    if (code === "rate_limited") lockedAt = attempt;
  }
  const rightFrom = (address: string) =>
    Promise.all(
      [a, b].map(async (to) => {
        const jar = new CookieJar();
        const started = performance.now();
        const answer = await signIn({ csrfFrom: to, postTo: to, jar, email: person.email, password, forwardedFor: address });
        return { instance: to.name, refused: !jar.has(SESSION_COOKIE), code: refusalCode(answer.location), seconds: (performance.now() - started) / 1000 };
      }),
    );
  const outsider = await rightFrom(OUTSIDER);
  const owner = await rightFrom(OWNER);
  const pass = lockedAt === 11 && outsider.every((r) => r.refused && r.code === "rate_limited") && owner.every((r) => !r.refused);
  const list = (answers: typeof owner) =>
    answers.map((r) => `${r.instance} ${r.refused ? `refused (${r.code})` : "accepted"} in ${r.seconds.toFixed(1)} s`).join(", ");
  return {
    name: "sign-in limit across instances",
    pass,
    detail: lockedAt
      ? `wrong passwords from ${OUTSIDER} alternating A/B: attempts 1–${lockedAt - 1} refused as wrong, attempt ${lockedAt} (on ${codes[lockedAt - 1]!.split(":")[0]}) refused as rate-limited; ` +
        `then the right password from ${OUTSIDER}: ${list(outsider)}; from the owner's ${OWNER}: ${list(owner)}`
      : `never refused in ${MAX_ATTEMPTS} attempts (${codes.join(" ")})`,
    facts: { lockedAt, attempts: codes, rightPasswordFromOutsider: outsider, rightPasswordFromOwner: owner },
  };
}

/** 200 with the observation form: the session works there. Anything else (a redirect to /login): refused. */
async function sessionWorks(instance: Instance, jar: CookieJar): Promise<{ instance: string; works: boolean; answer: string }> {
  const page = await send(instance, { method: "GET", path: "/observations/new", jar: cloneJar(jar), expect: { kind: "page" } }, null);
  const works = page.status === 200 && page.body.includes('name="idempotencyKey"');
  return { instance: instance.name, works, answer: `${page.status}${page.location ? ` → ${new URL(page.location, "http://x").pathname}` : ""}` };
}

/** A copy, so that a check does not take cookies the server sets into the jar under test. */
function cloneJar(jar: CookieJar): CookieJar {
  const copy = new CookieJar();
  copy.take(jar.header() ? jar.header().split("; ") : []);
  return copy;
}

export async function proveSessionEnds([a, b]: [Instance, Instance], person: Person, admin: Person, password: string): Promise<ProofResult> {
  const jar = new CookieJar({ NEXT_LOCALE: "ru" });
  const signedIn = await signIn({ csrfFrom: a, postTo: a, jar, email: person.email, password });
  if (!signedIn.ok) return { name: "session across instances", pass: false, detail: `could not sign in on A: ${signedIn.error?.detail}` };
  const before = await Promise.all([sessionWorks(a, jar), sessionWorks(b, jar)]);

  // The admin, signed in on B, disables the person through the admin page's form, posted to A.
  const adminJar = new CookieJar({ NEXT_LOCALE: "ru" });
  const adminIn = await signIn({ csrfFrom: b, postTo: b, jar: adminJar, email: admin.email, password });
  if (!adminIn.ok) return { name: "session across instances", pass: false, detail: `the admin could not sign in on B: ${adminIn.error?.detail}` };
  const page = await send(b, { method: "GET", path: `/admin/users/${person.id}`, jar: adminJar, expect: { kind: "page" } }, null);
  const form = page.ok ? findForm(page.body, "disabled", "true") : null;
  if (!form) return { name: "session across instances", pass: false, detail: `no disable form on B's /admin/users/<id> (${page.status})` };
  const disabled = await send(
    a,
    {
      method: "POST",
      path: `/admin/users/${person.id}`,
      jar: adminJar,
      body: formBody(form),
      expect: { kind: "redirect", statuses: [303], location: /\?done=disabled$/ },
    },
    null,
  );
  const after = await Promise.all([sessionWorks(a, jar), sessionWorks(b, jar)]);
  const pass = before.every((s) => s.works) && disabled.ok && after.every((s) => !s.works);
  const list = (checks: typeof before) => checks.map((s) => `${s.instance} ${s.works ? "accepted" : `refused (${s.answer})`}`).join(", ");
  return {
    name: "session across instances",
    pass,
    detail: `signed in on A; before: ${list(before)}; disabled by an admin (form opened on B, posted to A: ${disabled.ok ? "303" : disabled.error?.detail}); after: ${list(after)}`,
    facts: { before, disabled: disabled.ok, after },
  };
}

export async function proveSignOutEnds([a, b]: [Instance, Instance], person: Person, password: string): Promise<ProofResult> {
  const jar = new CookieJar({ NEXT_LOCALE: "ru" });
  const signedIn = await signIn({ csrfFrom: a, postTo: a, jar, email: person.email, password });
  if (!signedIn.ok) return { name: "sign-out across instances", pass: false, detail: `could not sign in: ${signedIn.error?.detail}` };
  const copy = cloneJar(jar);
  const csrf = await send(a, { method: "GET", path: "/api/auth/csrf", jar, expect: { kind: "page" } }, null);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  await send(
    a,
    {
      method: "POST",
      path: "/api/auth/signout",
      jar,
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
      expect: { kind: "redirect", statuses: [302], location: /./ },
    },
    null,
  );
  const browser = await sessionWorks(b, jar);
  const replayed = await Promise.all([sessionWorks(a, copy), sessionWorks(b, copy)]);
  return {
    name: "sign-out across instances",
    pass: !browser.works && replayed.every((s) => !s.works),
    detail:
      `signed out on A: that browser is then ${browser.works ? "STILL SIGNED IN" : "signed out"} on B; a copy of its cookie taken before is ` +
      replayed.map((s) => `${s.works ? "accepted" : "refused"} on ${s.instance}`).join(", "),
    facts: { browserAfter: browser, copyAfter: replayed },
  };
}
