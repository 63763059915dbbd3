/**
 * The permission table's rows: which action or route handler, how to call it on a fresh record, and what each
 * kind of person must get. "login": sent to sign in; "denied": refused or not found; "allowed": done.
 */
import { signInAction } from "@/app/(auth)/login/actions";
import { signOutAction } from "@/app/(newsroom)/actions";
import { endAkimatAction, saveAkimatAction } from "@/app/(newsroom)/akimats/actions";
import { deleteDraftAction, saveObservationAction } from "@/app/(newsroom)/observations/actions";
import { endPositionAction, saveAccountAction, saveOfficialAction, savePositionAction } from "@/app/(newsroom)/officials/actions";
import { approveAndOpenNextAction, decideObservationAction } from "@/app/(newsroom)/review/actions";
import { assignWaveAction, changeWaveStateAction, saveWaveAction, unassignWaveAction } from "@/app/(newsroom)/waves/actions";
import { setLocaleAction } from "@/app/actions";
import { GET as getEvidence } from "@/app/api/evidence/[id]/route";
import { GET as getHealth } from "@/app/api/health/route";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Account, Observation, Official } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import type { Outcome } from "@/lib/testing/action-harness";
import { createAkimat, createWave } from "@/lib/testing/factories";
import { EMBED_PERMISSION_CASES } from "./permission-table.embed.cases";
import { IMPORT_PERMISSION_CASES } from "./permission-table.import.cases";
import { PUBLIC_PERMISSION_CASES } from "./permission-table.public.cases";
import { USER_PERMISSION_CASES } from "./permission-table.users.cases";

export type Actor = "visitor" | "owner" | "stranger" | "editor" | "admin";
export type World = {
  people: Record<Exclude<Actor, "visitor">, Viewer>;
  official: Official;
  account: Account;
  observation: Observation;
  screenshotId: string;
  form: (fields: Record<string, string | string[]>) => FormData;
};
export type PermissionCase = {
  name: string;
  /** "file#export" of what this row exercises, for the completeness check. */
  covers: string[];
  status?: ReviewStatus;
  call: (world: World) => Promise<unknown>;
  expect: Record<Actor, Outcome>;
};

const everyone = (outcome: Outcome): Record<Actor, Outcome> => ({ visitor: outcome, owner: outcome, stranger: outcome, editor: outcome, admin: outcome });
const signedIn: Record<Actor, Outcome> = { visitor: "login", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" };
const ownerOnly: Record<Actor, Outcome> = { visitor: "login", owner: "allowed", stranger: "denied", editor: "denied", admin: "denied" };
const nobody: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "denied", admin: "denied" };
const editors: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "allowed", admin: "allowed" };

const observationForm = (w: World, extra: Record<string, string> = {}) =>
  w.form({
    officialId: w.official.id,
    platform: "INSTAGRAM",
    accountId: w.account.id,
    observedAt: "2024-08-28T12:00",
    existence: "FOUND",
    followers: "3 517",
    intent: "draft",
    ...extra,
  });

const review = (kind: string) => (w: World) =>
  decideObservationAction(idle, w.form({ decision: kind, id: w.observation.id, version: String(w.observation.version), comment: "A reason." }));

const idle = { outcome: "idle" as const, values: {} };

export const PERMISSION_CASES: PermissionCase[] = [
  { name: "choose a language", covers: ["actions.ts#setLocaleAction"], call: (w) => setLocaleAction(w.form({ locale: "kk" })), expect: everyone("allowed") },
  {
    name: "sign in (public; the credentials decide)",
    covers: ["(auth)/login/actions.ts#signInAction", "api/auth/[...nextauth]/route.ts#GET", "api/auth/[...nextauth]/route.ts#POST"],
    call: (w) => signInAction(idle, w.form({ email: "someone@outlet.kz", password: "a password" })),
    expect: everyone("allowed"),
  },
  { name: "sign out", covers: ["(newsroom)/actions.ts#signOutAction"], call: () => signOutAction(), expect: everyone("allowed") },
  {
    name: "record a new observation",
    covers: ["(newsroom)/observations/actions.ts#saveObservationAction"],
    call: (w) => saveObservationAction(idle, observationForm(w)),
    expect: signedIn,
  },
  {
    name: "edit a draft",
    covers: [],
    call: (w) => saveObservationAction(idle, observationForm(w, { id: w.observation.id, version: "1" })),
    expect: ownerOnly,
  },
  {
    name: "delete a draft",
    covers: ["(newsroom)/observations/actions.ts#deleteDraftAction"],
    call: (w) => deleteDraftAction(idle, w.form({ id: w.observation.id, version: "1", confirm: "yes" })),
    expect: ownerOnly,
  },
  {
    name: "delete a submitted observation (nobody: an editor has it)",
    covers: [],
    status: "SUBMITTED",
    call: (w) => deleteDraftAction(idle, w.form({ id: w.observation.id, version: "1", confirm: "yes" })),
    expect: nobody,
  },
  {
    name: "edit a submitted observation",
    covers: [],
    status: "SUBMITTED",
    call: (w) => saveObservationAction(idle, observationForm(w, { id: w.observation.id, version: "1" })),
    expect: nobody,
  },
  {
    name: "edit an approved observation",
    covers: [],
    status: "APPROVED",
    call: (w) => saveObservationAction(idle, observationForm(w, { id: w.observation.id, version: "1" })),
    expect: nobody,
  },
  {
    name: "approve and open the next entry",
    covers: ["(newsroom)/review/actions.ts#approveAndOpenNextAction"],
    status: "SUBMITTED",
    call: (w) => approveAndOpenNextAction(w.form({ id: w.observation.id, version: "1", queue: "platform=INSTAGRAM&flagged=1" })),
    expect: editors,
  },
  { name: "approve", covers: ["(newsroom)/review/actions.ts#decideObservationAction"], status: "SUBMITTED", call: review("approve"), expect: editors },
  { name: "request changes", covers: [], status: "SUBMITTED", call: review("requestChanges"), expect: editors },
  { name: "reject", covers: [], status: "SUBMITTED", call: review("reject"), expect: editors },
  { name: "retract", covers: [], status: "APPROVED", call: review("retract"), expect: editors },
  { name: "approve a draft (nobody)", covers: [], status: "DRAFT", call: review("approve"), expect: nobody },
  {
    name: "see a draft's screenshot",
    covers: ["api/evidence/[id]/route.ts#GET"],
    call: (w) => getEvidence(new Request(`http://localhost/api/evidence/${w.screenshotId}`), { params: Promise.resolve({ id: w.screenshotId }) }),
    expect: { visitor: "denied", owner: "allowed", stranger: "denied", editor: "allowed", admin: "allowed" },
  },
  {
    name: "see a published observation's screenshot (newsroom only, never public)",
    covers: [],
    status: "APPROVED",
    call: (w) => getEvidence(new Request(`http://localhost/api/evidence/${w.screenshotId}`), { params: Promise.resolve({ id: w.screenshotId }) }),
    expect: { visitor: "denied", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" },
  },
  { name: "health check (public)", covers: ["api/health/route.ts#GET"], call: () => getHealth(), expect: everyone("allowed") },
  // The registry: everyone signed in adds accounts; editors and admins do the rest.
  {
    name: "add an akimat",
    covers: ["(newsroom)/akimats/actions.ts#saveAkimatAction"],
    call: (w) => saveAkimatAction(idle, w.form({ name: "Акимат района Магжана Жумабаева", level: "DISTRICT" })),
    expect: editors,
  },
  {
    name: "abolish an akimat",
    covers: ["(newsroom)/akimats/actions.ts#endAkimatAction"],
    call: async (w) => endAkimatAction(idle, w.form({ id: (await createAkimat(db)).id, version: "1", endedOn: "2024-12-31" })),
    expect: editors,
  },
  {
    name: "add an official",
    covers: ["(newsroom)/officials/actions.ts#saveOfficialAction"],
    call: (w) => saveOfficialAction(idle, w.form({ fullName: "Айдос Сапаров" })),
    expect: editors,
  },
  {
    name: "rename an official",
    covers: [],
    call: (w) => saveOfficialAction(idle, w.form({ id: w.official.id, version: "1", fullName: "Айдос Сапаров" })),
    expect: editors,
  },
  {
    name: "add a post",
    covers: ["(newsroom)/officials/actions.ts#savePositionAction"],
    call: async (w) => savePositionAction(idle, w.form({ officialId: w.official.id, akimatId: (await createAkimat(db)).id, title: "DEPUTY_AKIM" })),
    expect: editors,
  },
  {
    name: "end a post",
    covers: ["(newsroom)/officials/actions.ts#endPositionAction"],
    call: async (w) => {
      const position = await db.position.create({ data: { officialId: w.official.id, akimatId: (await createAkimat(db)).id, title: "DEPUTY_AKIM" } });
      return endPositionAction(idle, w.form({ id: position.id, version: "1", endedOn: "2025-01-15" }));
    },
    expect: editors,
  },
  {
    name: "add an account",
    covers: ["(newsroom)/officials/actions.ts#saveAccountAction"],
    call: (w) => saveAccountAction(idle, w.form({ officialId: w.official.id, platform: "TELEGRAM", kind: "CHANNEL" })),
    expect: signedIn,
  },
  {
    name: "edit an account",
    covers: [],
    call: (w) =>
      saveAccountAction(idle, w.form({ id: w.account.id, version: "1", officialId: w.official.id, platform: "INSTAGRAM", kind: "PAGE", label: "Страница 2" })),
    expect: editors,
  },
  // Survey waves (decision 0017): editors and admins plan, assign, close and reopen.
  {
    name: "plan a wave",
    covers: ["(newsroom)/waves/actions.ts#saveWaveAction"],
    call: async (w) =>
      saveWaveAction(
        idle,
        w.form({ name: "Август 2026", opensOn: "2026-08-01", dueOn: "2026-08-31", akimatIds: (await createAkimat(db)).id, platforms: "INSTAGRAM" }),
      ),
    expect: editors,
  },
  {
    name: "close a wave",
    covers: ["(newsroom)/waves/actions.ts#changeWaveStateAction"],
    call: async (w) =>
      changeWaveStateAction(idle, w.form({ id: (await createWave(db, { akimatIds: [(await createAkimat(db)).id] })).id, version: "1", change: "close" })),
    expect: editors,
  },
  {
    name: "give a reporter an akimat of a wave",
    covers: ["(newsroom)/waves/actions.ts#assignWaveAction"],
    call: async (w) => {
      const akimat = await createAkimat(db);
      const wave = await createWave(db, { akimatIds: [akimat.id] });
      return assignWaveAction(idle, w.form({ id: wave.id, version: "1", reporterId: w.people.owner.id, target: `akimat:${akimat.id}` }));
    },
    expect: editors,
  },
  {
    name: "take an assignment back",
    covers: ["(newsroom)/waves/actions.ts#unassignWaveAction"],
    call: async (w) => {
      const akimat = await createAkimat(db);
      const wave = await createWave(db, { akimatIds: [akimat.id] });
      const assignment = await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: w.people.owner.id, akimatId: akimat.id } });
      return unassignWaveAction(idle, w.form({ id: wave.id, version: "1", assignmentId: assignment.id }));
    },
    expect: editors,
  },
  ...USER_PERMISSION_CASES,
  ...PUBLIC_PERMISSION_CASES,
  ...EMBED_PERMISSION_CASES,
  ...IMPORT_PERMISSION_CASES,
];
