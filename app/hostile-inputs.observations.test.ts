/**
 * The hostile-input corpus through the observation form (public and internal notes, attribution note, raw counts, links, evidence
 * links, screenshot names, hidden ids) as a reporter, and through review comments and retraction reasons as an
 * editor: stored faithfully or refused with a field message, never an unexpected error.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveObservationAction } from "@/app/(newsroom)/observations/actions";
import { decideObservationAction } from "@/app/(newsroom)/review/actions";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { form, session } from "@/lib/testing/action-harness";
import { createAccount, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { expectStoredOrRefused, saveOrRefuse, type SaveResult } from "@/lib/testing/hostile-input-checks";
import { containsNul, DANGEROUS_URLS, HOSTILE_COUNTS, HOSTILE_INPUTS, HOSTILE_URLS, type HostileInput } from "@/lib/testing/hostile-inputs";
import { withTestDatabase } from "@/lib/testing/test-database";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const idle = { outcome: "idle" as const, values: {} };
let reporter: Viewer;
let editor: Viewer;
let officialId: string;
let accountId: string;
let png: Uint8Array;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "ashyq-hostile-"));
  const viewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
  });
  reporter = viewer(await createUser(db));
  editor = viewer(await createUser(db, { role: "EDITOR" }));
  officialId = (await createOfficial(db, { fullName: "Сания Смаилова" })).id;
  accountId = (await createAccount(db, { officialId })).id;
  png = new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: "#808080" } })
      .png()
      .toBuffer(),
  );
});

const observationId = (result: { url?: string }) => /^\/observations\/([^?]+)/.exec(result.url ?? "")?.[1] ?? "";

function observationForm(fields: Record<string, string>, screenshot?: File): FormData {
  const data = form({ officialId, platform: "INSTAGRAM", accountId, observedAt: "2024-08-28T12:00", existence: "FOUND", intent: "draft", ...fields });
  if (screenshot) data.append("screenshots", screenshot);
  return data;
}

function saveAsReporter(fields: Record<string, string>, screenshot?: File): Promise<SaveResult> {
  session.viewer = reporter;
  return saveOrRefuse(() => saveObservationAction(idle, observationForm(fields, screenshot)));
}

type Column =
  | "publicNote"
  | "internalNote"
  | "attributionNote"
  | "followersRaw"
  | "followingRaw"
  | "friendsRaw"
  | "postsRaw"
  | "lastPostUrl"
  | "officialId"
  | "accountId"
  | "idempotencyKey";
const column = (name: Column) => async (result: { url?: string }) => (await db.observation.findUniqueOrThrow({ where: { id: observationId(result) } }))[name];

async function pushCorpus(options: {
  field: string;
  inputs: readonly HostileInput[];
  submit: (input: HostileInput) => Promise<SaveResult>;
  readBack: (result: { url?: string }) => Promise<string | null | undefined>;
  expected?: (value: string) => string | null;
  nulRefusedWith?: string;
  keeps?: (input: HostileInput) => boolean;
}) {
  const { field, inputs, submit, keeps = () => false } = options;
  for (const input of inputs) {
    const result = await submit(input);
    const verdict = await expectStoredOrRefused({ ...options, result, input, readBack: () => options.readBack(result as { url?: string }) });
    expect(verdict, `${field} ← ${input.name}`).toBe(keeps(input) ? "saved" : "refused");
  }
}

const fits = (max: number) => (input: HostileInput) => !containsNul(input.value) && input.value.length <= max;
const LINK_INPUTS = [...HOSTILE_INPUTS, ...HOSTILE_URLS, ...DANGEROUS_URLS];
/** Only well-formed http(s) addresses are links; one with a line break is two lines, and the second is no address. */
const isGoodLink = (input: HostileInput) => HOSTILE_URLS.includes(input) && fits(2000)(input) && !/[\r\n]/.test(input.value);

describe("the observation form", () => {
  it.each([
    ["publicNote", 2_000],
    ["internalNote", 10_000],
    ["attributionNote", 2_000],
  ] as const)("keeps %s exactly as typed, or refuses it", async (field, max) => {
    await pushCorpus({
      field,
      inputs: HOSTILE_INPUTS,
      submit: ({ value }) => saveAsReporter({ [field]: value }),
      readBack: column(field),
      expected: (value) => value,
      keeps: fits(max),
    });
  });

  it.each(["followers", "following", "friends", "posts"] as const)(
    "keeps the raw %s count as typed when it reads as a number, or refuses it",
    async (field) => {
      const readable = new Set(["3\u202F517", "\uFEFF2,6 тыс.", "+4,3 тыс.", "шамамен 10 мың"]);
      await pushCorpus({
        field,
        inputs: [...HOSTILE_INPUTS, ...HOSTILE_COUNTS],
        submit: ({ value }) => saveAsReporter({ [field]: value }),
        readBack: column(`${field}Raw`),
        nulRefusedWith: "countUnparsable",
        keeps: (input) => readable.has(input.value),
      });
    },
  );

  it("keeps the last post's link when it is an http(s) address, and refuses the rest", async () => {
    await pushCorpus({
      field: "lastPostUrl",
      inputs: LINK_INPUTS,
      submit: ({ value }) => saveAsReporter({ lastPostUrl: value }),
      readBack: column("lastPostUrl"),
      keeps: (input) => HOSTILE_URLS.includes(input) && fits(2000)(input),
    });
  });

  it("keeps evidence links that are http(s) addresses, and refuses the rest", async () => {
    const links = async (result: { url?: string }) =>
      (await db.evidence.findMany({ where: { observationId: observationId(result), kind: "LINK" }, select: { url: true } })).map((e) => e.url).join("\n");
    await pushCorpus({
      field: "evidenceLinks",
      inputs: LINK_INPUTS,
      submit: ({ value }) => saveAsReporter({ evidenceLinks: value }),
      readBack: links,
      keeps: isGoodLink,
    });
  });

  it("keeps a screenshot's file name as its caption, or refuses the file", async () => {
    const caption = async (result: { url?: string }) =>
      (await db.evidence.findFirstOrThrow({ where: { observationId: observationId(result), kind: "SCREENSHOT" } })).caption;
    await pushCorpus({
      field: "screenshots",
      inputs: HOSTILE_INPUTS,
      submit: ({ value }) => saveAsReporter({}, new File([png.slice()], value, { type: "image/png" })),
      readBack: caption,
      // A file name is cut at 200 characters: it is a caption, not a document.
      expected: (value) => value.slice(0, 200),
      nulRefusedWith: "fileNameInvalid",
      keeps: (input) => !containsNul(input.value),
    });
  });

  it("refuses an official, account or idempotency key that is not one", async () => {
    for (const field of ["officialId", "accountId"] as const) {
      await pushCorpus({
        field,
        inputs: HOSTILE_INPUTS,
        submit: ({ value }) => saveAsReporter({ [field]: value }),
        readBack: column(field),
        nulRefusedWith: "unknownOption",
      });
    }
    await pushCorpus({
      field: "idempotencyKey",
      inputs: HOSTILE_INPUTS,
      submit: ({ value }) => saveAsReporter({ idempotencyKey: value }),
      readBack: column("idempotencyKey"),
      nulRefusedWith: "invalid",
    });
  });
});

describe("review comments", () => {
  /** A fresh observation in the status the decision needs, decided by an editor who did not write it. */
  async function decide(kind: "requestChanges" | "reject" | "retract", status: ReviewStatus, comment: string) {
    const observation = await createObservation(db, { officialId, accountId, authorId: reporter.id, status });
    session.viewer = editor;
    const result = await saveOrRefuse(() =>
      decideObservationAction(idle, form({ decision: kind, id: observation.id, version: String(observation.version), comment })),
    );
    return { result, observationId: observation.id };
  }

  it.each([
    ["requestChanges", "SUBMITTED"],
    ["reject", "SUBMITTED"],
    ["retract", "APPROVED"],
  ] as const)("keeps the comment of %s as typed (trimmed), or refuses it", async (kind, status) => {
    for (const input of HOSTILE_INPUTS) {
      const { result, observationId: id } = await decide(kind, status, input.value);
      const readBack = async () => (await db.review.findFirstOrThrow({ where: { observationId: id } })).comment;
      const verdict = await expectStoredOrRefused({ result, field: "comment", input, readBack });
      expect(verdict, input.name).toBe(fits(5_000)(input) ? "saved" : "refused");
    }
  });
});
