/**
 * The hostile-input corpus through the registry's forms (akimats, officials, posts, accounts), by their real
 * actions as an editor, against a real database: every text field stores each string faithfully or refuses it
 * with a field message, never an unexpected error.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveAkimatAction } from "@/app/(newsroom)/akimats/actions";
import { saveAccountAction, saveOfficialAction, savePositionAction } from "@/app/(newsroom)/officials/actions";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { form, session } from "@/lib/testing/action-harness";
import { createAkimat, createOfficial, createUser } from "@/lib/testing/factories";
import { expectStoredOrRefused, refusalKeys, saveOrRefuse, type SaveResult } from "@/lib/testing/hostile-input-checks";
import { containsNul, DANGEROUS_URLS, HOSTILE_INPUTS, HOSTILE_NAMES, HOSTILE_URLS, type HostileInput } from "@/lib/testing/hostile-inputs";
import { withTestDatabase } from "@/lib/testing/test-database";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const idle = { outcome: "idle" as const, values: {} };
let akimatId: string;

beforeAll(async () => {
  const editor = await createUser(db, { role: "EDITOR" });
  session.viewer = { id: editor.id, role: editor.role, name: editor.name, email: editor.email } satisfies Viewer;
  akimatId = (await createAkimat(db)).id;
});

/** Free text up to its limit is kept (trimmed); only a null byte or too much text is refused. */
const keptUnless = (max: number) => (input: HostileInput) => !containsNul(input.value) && input.value.trim().length <= max;

type FieldCase = {
  field: string;
  inputs: readonly HostileInput[];
  submit: (value: string) => Promise<SaveResult>;
  readBack: (result: SaveResult & { kind: "saved" }) => Promise<string | null | undefined>;
  expected?: (value: string) => string | null;
  nulRefusedWith?: string;
  /** Which inputs this field must keep; the others it may refuse. Undefined: it must refuse them all. */
  keeps?: (input: HostileInput) => boolean;
};

async function pushCorpus({ field, inputs, submit, readBack, expected, nulRefusedWith, keeps = () => false }: FieldCase) {
  for (const input of inputs) {
    const result = await submit(input.value);
    const verdict = await expectStoredOrRefused({
      result,
      field,
      input,
      expected,
      nulRefusedWith,
      readBack: () => readBack(result as SaveResult & { kind: "saved" }),
    });
    expect(verdict, `${field} ← ${input.name}`).toBe(keeps(input) ? "saved" : "refused");
  }
}

const idFrom = (url: string | undefined, pattern: RegExp) => decodeURIComponent(pattern.exec(url ?? "")?.[1] ?? "");

describe("the akimat form", () => {
  const save = (fields: Record<string, string>) => saveOrRefuse(() => saveAkimatAction(idle, form({ name: "Акимат района", level: "DISTRICT", ...fields })));
  const column = (field: "name" | "nameKk" | "nameEn" | "slug" | "parentId") => async (result: { url?: string }) =>
    (await db.akimat.findUniqueOrThrow({ where: { id: idFrom(result.url, /saved=([^&]+)/) } }))[field];

  it.each(["name", "nameKk", "nameEn"] as const)("keeps or refuses every string in %s", async (field) => {
    await pushCorpus({ field, inputs: HOSTILE_INPUTS, submit: (value) => save({ [field]: value }), readBack: column(field), keeps: keptUnless(300) });
  });

  it("takes only a short Latin name (slug), and only a known parent", async () => {
    await pushCorpus({
      field: "slug",
      inputs: HOSTILE_INPUTS,
      submit: (value) => save({ slug: value }),
      readBack: column("slug"),
      nulRefusedWith: "slugInvalid",
    });
    await pushCorpus({
      field: "parentId",
      inputs: HOSTILE_INPUTS,
      submit: (value) => save({ parentId: value }),
      readBack: column("parentId"),
      nulRefusedWith: "unknownOption",
    });
  });
});

describe("the official form", () => {
  const save = (fields: Record<string, string>) => saveOrRefuse(() => saveOfficialAction(idle, form({ fullName: "Айдос Сапаров", ...fields })));
  const column = (field: "fullName" | "fullNameLatin") => async (result: { url?: string }) =>
    (await db.official.findUniqueOrThrow({ where: { id: idFrom(result.url, /^\/officials\/([^?]+)/) } }))[field];
  // Names are one script with the punctuation names carry, tidied: markup, emoji and invisible characters are refused.
  const tidy = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim();

  it("keeps a Cyrillic name with Kazakh letters and refuses the rest", async () => {
    const inputs = [...HOSTILE_INPUTS, { name: "a name with an initial and an apostrophe", value: HOSTILE_NAMES.cyrillic }];
    const cyrillicOnly = (input: HostileInput) => /^[\p{Script=Cyrillic}\s]+$/u.test(input.value) || input.value === HOSTILE_NAMES.cyrillic;
    await pushCorpus({
      field: "fullName",
      inputs,
      submit: (value) => save({ fullName: value }),
      readBack: column("fullName"),
      expected: tidy,
      keeps: cyrillicOnly,
    });
  });

  it("keeps a Latin name with an apostrophe and refuses the rest", async () => {
    const inputs = [...HOSTILE_INPUTS, { name: "a Latin name with an apostrophe", value: HOSTILE_NAMES.latin }];
    const latin = (input: HostileInput) => input.value === HOSTILE_NAMES.latin;
    await pushCorpus({
      field: "fullNameLatin",
      inputs,
      submit: (value) => save({ fullNameLatin: value }),
      readBack: column("fullNameLatin"),
      expected: tidy,
      keeps: latin,
    });
  });
});

describe("the post form", () => {
  /** A fresh official for each save, so that the post read back is the one just made. */
  const save = async (fields: Record<string, string>) => {
    const officialId = (await createOfficial(db)).id;
    const result = await saveOrRefuse(() => savePositionAction(idle, form({ officialId, akimatId, title: "DEPUTY_AKIM", ...fields })));
    return result.kind === "saved" ? { ...result, url: officialId } : result;
  };
  const column = (field: "portfolio" | "akimatId") => async (result: { url?: string }) =>
    (await db.position.findFirstOrThrow({ where: { officialId: result.url } }))[field];

  it("keeps or refuses every string in the portfolio", async () => {
    await pushCorpus({
      field: "portfolio",
      inputs: HOSTILE_INPUTS,
      submit: (value) => save({ portfolio: value }),
      readBack: column("portfolio"),
      keeps: keptUnless(500),
    });
  });

  it("refuses an akimat that is not one", async () => {
    await pushCorpus({
      field: "akimatId",
      inputs: HOSTILE_INPUTS,
      submit: (value) => save({ akimatId: value }),
      readBack: column("akimatId"),
      nulRefusedWith: "unknownOption",
    });
  });
});

describe("the account form", () => {
  /** A fresh official for each save: an official's accounts on one platform must differ, and these all would. */
  const save = async (fields: Record<string, string>) => {
    const officialId = (await createOfficial(db)).id;
    const result = await saveOrRefuse(() => saveAccountAction(idle, form({ officialId, platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", ...fields })));
    return result.kind === "saved" ? { ...result, url: officialId } : result;
  };
  const column = (field: "handle" | "url" | "label") => async (result: { url?: string }) =>
    (await db.account.findFirstOrThrow({ where: { officialId: result.url } }))[field];

  it.each([
    ["handle", 200],
    ["label", 100],
  ] as const)("keeps or refuses every string in the %s", async (field, max) => {
    await pushCorpus({ field, inputs: HOSTILE_INPUTS, submit: (value) => save({ [field]: value }), readBack: column(field), keeps: keptUnless(max) });
  });

  it("keeps an http(s) address, normalised, and refuses anything else", async () => {
    const normalised = (value: string) => new URL(value.trim()).href;
    const keeps = (input: HostileInput) => HOSTILE_URLS.includes(input) && keptUnless(2000)(input);
    await pushCorpus({
      field: "url",
      inputs: [...HOSTILE_INPUTS, ...HOSTILE_URLS, ...DANGEROUS_URLS],
      submit: (value) => save({ url: value }),
      readBack: column("url"),
      expected: normalised,
      keeps,
    });
  });

  it("says why a javascript: address is refused", async () => {
    expect(refusalKeys(await save({ url: "javascript:alert(1)" }), "url")).toEqual(["urlNotHttp"]);
  });
});
