/**
 * What the hostile-input corpus tests ask of every field: the save either keeps exactly what the schema makes
 * of the text (trimmed, say), or refuses it with a message the person can read. Never an unexpected error.
 */
import { expect } from "vitest";
import en from "@/lib/i18n/messages/en";
import type { FormState } from "@/lib/validation/form-state";
import { NotFoundSignal, RedirectSignal } from "./action-harness";
import { containsNul, type HostileInput } from "./hostile-inputs";

/** Every message a field error may name: the shared `validation` keys and the registry's own. */
const MESSAGE_KEYS = new Set([...Object.keys(en.validation), ...Object.keys(en.registry.validation)]);

export type SaveResult = { kind: "saved"; url?: string } | { kind: "refused"; fieldErrors: Record<string, string[] | undefined> };

/**
 * Calls an action as a form would. A redirect or a "done" state is a save; an "invalid" state is a refusal with
 * field errors. Anything else (an error id, a 404, a throw) fails the test, naming what came back.
 */
export async function saveOrRefuse(call: () => Promise<unknown>): Promise<SaveResult> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    if (error instanceof RedirectSignal && !error.url.startsWith("/login")) return { kind: "saved", url: error.url };
    if (error instanceof NotFoundSignal) throw new Error("the action answered 404");
    throw error;
  }
  const state = (result ?? {}) as Partial<FormState>;
  if (state.outcome === "invalid") return { kind: "refused", fieldErrors: state.fieldErrors ?? {} };
  if (state.outcome === "done") return { kind: "saved" };
  throw new Error(`unexpected answer: ${JSON.stringify(result).slice(0, 500)}`);
}

/** The message keys of one field's errors ("fileNotImage:name" carries its parameter after the colon). */
const keysOf = (errors: string[] | undefined) => (errors ?? []).map((message) => message.split(":")[0]!);

/**
 * The verdict on one field and one input: refused with a known message on that field, or saved and read back
 * equal to what the schema makes of it. Text with U+0000 is always refused: PostgreSQL cannot keep it.
 */
export async function expectStoredOrRefused({
  result,
  field,
  input,
  expected = (value) => value.trim(),
  nulRefusedWith = "nullCharacter",
  readBack,
}: {
  result: SaveResult;
  field: string;
  input: HostileInput;
  /** What a faithful save keeps of the typed value (the schemas trim; a URL may be normalised). */
  expected?: (value: string) => string | null;
  /** The message a null byte gets: "nullCharacter" in text; a field of one shape (a slug, an id) may say that instead. */
  nulRefusedWith?: string;
  readBack: () => Promise<string | null | undefined>;
}): Promise<SaveResult["kind"]> {
  const label = `${field} ← ${input.name}`;
  if (result.kind === "refused") {
    const keys = keysOf(result.fieldErrors[field]);
    expect(keys.length, `${label}: refused without a message on the field (${JSON.stringify(result.fieldErrors)})`).toBeGreaterThan(0);
    for (const key of keys) expect(MESSAGE_KEYS.has(key), `${label}: unknown message key ${key}`).toBe(true);
    if (containsNul(input.value)) expect(keys, label).toContain(nulRefusedWith);
    return "refused";
  }
  expect(containsNul(input.value), `${label}: a null byte was accepted`).toBe(false);
  expect(await readBack(), label).toBe(expected(input.value));
  return "saved";
}

/** The keys a refusal names, for tests that expect one in particular. */
export const refusalKeys = (result: SaveResult, field: string) => (result.kind === "refused" ? keysOf(result.fieldErrors[field]) : []);
