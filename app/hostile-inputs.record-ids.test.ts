/**
 * The hostile-input corpus in the hidden fields and address segments that name a record (`id`, `officialId`,
 * a set-password token, a screenshot's id). A browser sends what the page put there; a hand-made request sends
 * anything. Whatever it is, the answer is "not found", "changed meanwhile" or a field message, never an
 * unexpected error: a null byte must not reach a database lookup, which cannot take one.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setPasswordAction } from "@/app/(auth)/set-password/[token]/actions";
import { createPasswordLinkAction, resetPasswordAction, setUserDisabledAction, updateUserRoleAction } from "@/app/(newsroom)/admin/users/actions";
import { endAkimatAction, saveAkimatAction } from "@/app/(newsroom)/akimats/actions";
import { saveObservationAction } from "@/app/(newsroom)/observations/actions";
import { endPositionAction, saveAccountAction, saveOfficialAction, savePositionAction } from "@/app/(newsroom)/officials/actions";
import { approveAndOpenNextAction, decideObservationAction } from "@/app/(newsroom)/review/actions";
import { GET as evidenceFile } from "@/app/api/evidence/[id]/route";
import { GET as officialEmbed } from "@/app/embed/official/[id]/route";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { form, NotFoundSignal, RedirectSignal, session } from "@/lib/testing/action-harness";
import { createAkimat, createOfficial, createUser } from "@/lib/testing/factories";
import { HOSTILE_INPUTS } from "@/lib/testing/hostile-inputs";
import { withTestDatabase } from "@/lib/testing/test-database";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const idle = { outcome: "idle" as const, values: {} };
const REFUSALS = new Set(["forbidden", "conflict", "invalid", "refused"]);
let admin: Viewer;
let officialId: string;
let akimatId: string;

beforeAll(async () => {
  const user = await createUser(db, { role: "ADMIN" });
  admin = { id: user.id, role: user.role, name: user.name, email: user.email };
  officialId = (await createOfficial(db)).id;
  akimatId = (await createAkimat(db)).id;
});

/** "refused" when the person is told the record is not there or changed, or gets a field message; anything else is named. */
async function answerTo(call: () => Promise<unknown>): Promise<string> {
  try {
    const result = await call();
    if (result instanceof Response) return result.status === 404 || result.status === 400 ? "refused" : `HTTP ${result.status}`;
    const outcome = (result as { outcome?: string }).outcome ?? "none";
    return REFUSALS.has(outcome) ? "refused" : `outcome ${outcome}`;
  } catch (error) {
    if (error instanceof NotFoundSignal) return "refused";
    if (error instanceof RedirectSignal) return /notice=(conflict|forbidden)/.test(error.url) ? "refused" : `redirect ${error.url}`;
    return `throw ${(error as Error).message.slice(0, 80)}`;
  }
}

const observation = { officialId: "", platform: "INSTAGRAM", observedAt: "2024-08-28T12:00", existence: "NOT_FOUND", intent: "draft" };
const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** Each way a record is named from outside, with the hostile value in its place. */
const NAMED_RECORDS: [string, (id: string) => Promise<unknown>][] = [
  ["an official being edited", (id) => saveOfficialAction(idle, form({ id, version: "1", fullName: "Айдос Сапаров" }))],
  ["the official of a new post", (id) => savePositionAction(idle, form({ officialId: id, akimatId, title: "DEPUTY_AKIM" }))],
  ["a post being edited", (id) => savePositionAction(idle, form({ id, version: "1", akimatId, title: "DEPUTY_AKIM" }))],
  ["a post being ended", (id) => endPositionAction(idle, form({ id, version: "1", endedOn: "2024-01-15" }))],
  ["the official of a new account", (id) => saveAccountAction(idle, form({ officialId: id, platform: "TELEGRAM", kind: "CHANNEL" }))],
  ["an account being edited", (id) => saveAccountAction(idle, form({ id, version: "1", officialId, platform: "TELEGRAM", kind: "CHANNEL" }))],
  ["an akimat being edited", (id) => saveAkimatAction(idle, form({ id, version: "1", name: "Акимат", level: "REGION" }))],
  ["an akimat being abolished", (id) => endAkimatAction(idle, form({ id, version: "1", endedOn: "2024-01-15" }))],
  ["an observation being edited", (id) => saveObservationAction(idle, form({ ...observation, officialId, id, version: "1" }))],
  ['an observation approved with "open next"', (id) => approveAndOpenNextAction(form({ id, version: "1" }))],
  ["an observation being decided", (id) => decideObservationAction(idle, form({ id, version: "1", decision: "reject", comment: "Нет." }))],
  ["a user's role", (id) => updateUserRoleAction(idle, form({ id, version: "1", role: "EDITOR" }))],
  ["a user being disabled", (id) => setUserDisabledAction(idle, form({ id, version: "1", disabled: "true" }))],
  ["a user's one-time link", (id) => createPasswordLinkAction(idle, form({ id, version: "1" }))],
  ["a user's password reset", (id) => resetPasswordAction(idle, form({ id, version: "1", password: "passed on in person" }))],
  [
    "a set-password link's token",
    (token) => setPasswordAction(idle, form({ token, password: "chosen by the person", passwordConfirmation: "chosen by the person" })),
  ],
  ["a screenshot", (id) => evidenceFile(new Request("http://localhost/api/evidence/x"), params(id))],
  ["an official's public card", (id) => officialEmbed(new Request("http://localhost/embed/official/x"), params(id))],
];

/** Any value that is not an id finds nothing the same way: these few stand for the corpus (the null byte is the one that bit). */
const SAMPLE = HOSTILE_INPUTS.filter((input) =>
  ["a null byte", "an SQL injection", "a script tag", "a 100 KB string", "zero-width characters"].includes(input.name),
);

/**
 * The check takes UUIDs too, which imports of an earlier version gave their records (issue 13; every path
 * opening them is app/record-ids.every-path.test.tsx). Taking them must not let in anything shaped like one.
 */
const UUID = "0b7e3a52-5d7c-4f3e-9a41-2f0c6d8e1b93";
const UUID_SHAPED = [
  { name: "a UUID and a null byte", value: `${UUID}\u0000` },
  { name: "a UUID and an SQL injection", value: `${UUID}' OR '1'='1` },
  { name: "a UUID and a zero-width space", value: `${UUID}\u200b` },
  { name: "a UUID with a space before it", value: ` ${UUID}` },
  { name: "a UUID on two lines", value: `${UUID}\n${UUID}` },
  { name: "a UUID of non-hex letters", value: "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz" },
];

describe("a record named by a hostile value", () => {
  it("samples the corpus", () => expect(SAMPLE).toHaveLength(5));

  it.each(NAMED_RECORDS)("%s is not found, never an unexpected error", async (_name, call) => {
    const wrong: string[] = [];
    for (const input of SAMPLE) {
      session.viewer = admin;
      const answer = await answerTo(() => call(input.value));
      if (answer !== "refused") wrong.push(`${input.name}: ${answer}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(NAMED_RECORDS)("%s is not found for a value shaped like a UUID", async (_name, call) => {
    const wrong: string[] = [];
    for (const input of UUID_SHAPED) {
      session.viewer = admin;
      const answer = await answerTo(() => call(input.value));
      if (answer !== "refused") wrong.push(`${input.name}: ${answer}`);
    }
    expect(wrong).toEqual([]);
  });
});
