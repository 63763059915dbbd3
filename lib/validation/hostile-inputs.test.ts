/**
 * Every form schema against the hostile-input corpus, without a database: no string makes a schema throw, every
 * refusal is a message the forms can show, and no field a form saves lets a null byte through (PostgreSQL cannot
 * store one). The field lists are the schemas' own, so a field added later is checked without editing this file.
 * The query strings of the public embeds and of the dashboard fall back to defaults on anything.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en";
import { containsNul, DANGEROUS_URLS, HOSTILE_COUNTS, HOSTILE_EMAILS, HOSTILE_INPUTS, HOSTILE_URLS, NUL } from "@/lib/testing/hostile-inputs";
import { ACCOUNT_FIELDS, AccountInput } from "./account-input";
import { AKIMAT_FIELDS, AkimatInput } from "./akimat-input";
import { parseDashboardView } from "./dashboard-view";
import { parseComparisonEmbedOptions, parseOfficialEmbedOptions } from "./embed-options";
import { END_FIELDS, EndInput } from "./end-input";
import { OBSERVATION_FIELDS, ObservationInput } from "./observation-input";
import { OFFICIAL_FIELDS, OfficialInput } from "./official-input";
import { ChangePasswordInput, ResetPasswordInput, SetPasswordInput } from "./password-input";
import { POSITION_FIELDS, PositionInput } from "./position-input";
import { REVIEW_DECISION_FIELDS, ReviewDecisionInput } from "./review-decision-input";
import { SignInInput } from "./sign-in-input";
import { NEW_USER_FIELDS, NewUserFormInput, ROLE_FIELDS, RoleInput } from "./user-input";

const MESSAGE_KEYS = new Set([...Object.keys(en.validation), ...Object.keys(en.registry.validation)]);
const EVERY_STRING = [...HOSTILE_INPUTS, ...HOSTILE_URLS, ...DANGEROUS_URLS, ...HOSTILE_COUNTS, ...HOSTILE_EMAILS];
const long = "a long password, typed twice";

type Form = { name: string; schema: z.ZodType; valid: Record<string, string>; fields: readonly string[] };

/** Each form with a valid filling; `fields` are the ones it saves (passwords are hashed, never stored as text). */
const FORMS: Form[] = [
  { name: "akimat", schema: AkimatInput, valid: { name: "Акимат района", level: "DISTRICT" }, fields: AKIMAT_FIELDS },
  { name: "official", schema: OfficialInput, valid: { fullName: "Айдос Сапаров" }, fields: OFFICIAL_FIELDS },
  { name: "post", schema: PositionInput, valid: { akimatId: "akimat", title: "AKIM" }, fields: POSITION_FIELDS },
  { name: "account", schema: AccountInput, valid: { platform: "INSTAGRAM", kind: "PAGE" }, fields: ACCOUNT_FIELDS },
  { name: "end", schema: EndInput, valid: { endedOn: "2024-01-15" }, fields: END_FIELDS },
  {
    name: "observation",
    schema: ObservationInput,
    valid: { officialId: "official", platform: "INSTAGRAM", accountId: "account", observedAt: "2024-08-28T12:00", existence: "FOUND", intent: "draft" },
    fields: OBSERVATION_FIELDS,
  },
  {
    name: "new user",
    schema: NewUserFormInput,
    valid: { passwordMode: "link", email: "dana@example.kz", name: "Дана", role: "REPORTER" },
    fields: NEW_USER_FIELDS,
  },
  { name: "role", schema: RoleInput, valid: { role: "EDITOR" }, fields: ROLE_FIELDS },
  { name: "review decision", schema: ReviewDecisionInput, valid: { decision: "reject", comment: "Wrong account." }, fields: REVIEW_DECISION_FIELDS },
  { name: "sign-in", schema: SignInInput, valid: { email: "dana@example.kz", password: "a password" }, fields: ["email"] },
  { name: "set password", schema: SetPasswordInput, valid: { password: long, passwordConfirmation: long }, fields: [] },
  { name: "change password", schema: ChangePasswordInput, valid: { currentPassword: "the old one", password: long, passwordConfirmation: long }, fields: [] },
  { name: "reset password", schema: ResetPasswordInput, valid: { password: long }, fields: [] },
];

/** Every field a form has: the ones it saves, and any other its valid filling names (passwords). */
const allFields = (form: Form) => [...new Set([...form.fields, ...Object.keys(form.valid)])];

describe.each(FORMS)("the $name form", (form) => {
  it("accepts its valid filling", () => {
    expect(form.schema.safeParse(form.valid).success).toBe(true);
  });

  it("answers every hostile string in every field with a value or a known message, never a throw", () => {
    for (const field of allFields(form)) {
      for (const input of EVERY_STRING) {
        const parsed = form.schema.safeParse({ ...form.valid, [field]: input.value });
        if (parsed.success) continue;
        const { formErrors, fieldErrors } = z.flattenError(parsed.error);
        const messages = [...formErrors, ...Object.values(fieldErrors).flat()] as string[];
        expect(messages.length, `${field} ← ${input.name}`).toBeGreaterThan(0);
        for (const message of messages) expect(MESSAGE_KEYS.has(message.split(":")[0]!), `${field} ← ${input.name}: ${message}`).toBe(true);
      }
    }
  });

  it.runIf(form.fields.length > 0)("lets no null byte through in a field it saves", () => {
    for (const field of form.fields) {
      for (const value of [`до${NUL}после`, `${NUL}`, `https://example.kz/${NUL}`, `3 517${NUL}`, `dana${NUL}@example.kz`]) {
        expect(form.schema.safeParse({ ...form.valid, [field]: value }).success, `${field} ← ${JSON.stringify(value)}`).toBe(false);
      }
    }
  });
});

describe("free text", () => {
  it("is refused with the null-character message, and otherwise kept as typed", () => {
    const cases = [
      [AkimatInput, { name: "Акимат", level: "REGION" }, "nameKk"],
      [AccountInput, { platform: "INSTAGRAM", kind: "PAGE" }, "label"],
      [PositionInput, { akimatId: "akimat", title: "AKIM" }, "portfolio"],
      [ObservationInput, FORMS.find((f) => f.name === "observation")!.valid, "publicNote"],
      [ObservationInput, FORMS.find((f) => f.name === "observation")!.valid, "internalNote"],
      [NewUserFormInput, FORMS.find((f) => f.name === "new user")!.valid, "name"],
    ] as const;
    for (const [schema, valid, field] of cases) {
      for (const input of HOSTILE_INPUTS.filter((i) => i.value.length < 300)) {
        const parsed = (schema as z.ZodType).safeParse({ ...valid, [field]: input.value });
        if (containsNul(input.value)) expect(parsed.success ? [] : z.flattenError(parsed.error).fieldErrors[field as never], field).toEqual(["nullCharacter"]);
        else
          expect(parsed.success && (parsed.data as Record<string, unknown>)[field], `${field} ← ${input.name}`).toBe(
            field === "publicNote" || field === "internalNote" ? input.value : input.value.trim(),
          );
      }
    }
  });
});

describe("the query strings of the public embeds and the dashboard", () => {
  it("fall back to their defaults on any hostile value, never throwing", () => {
    for (const input of EVERY_STRING) {
      const params = new URLSearchParams({
        lang: input.value,
        asOf: input.value,
        akimats: `${input.value},sko`,
        platform: input.value,
        metric: input.value,
        sort: input.value,
      });
      const comparison = parseComparisonEmbedOptions(params);
      expect(comparison, input.name).toMatchObject({ lang: DEFAULT_LOCALE, asOf: undefined, platform: undefined, metric: "reach" });
      expect(parseOfficialEmbedOptions(params), input.name).toEqual({ lang: DEFAULT_LOCALE, asOf: undefined });
      const view = parseDashboardView(Object.fromEntries(params));
      expect(view, input.name).toMatchObject({ asOf: undefined, platform: undefined, sort: { key: "rank", direction: "asc" } });
      // A comma-separated part that happens to be a slug ("plural" from "{count, plural}") is one; nothing else is.
      for (const akimats of [comparison.akimats, view.akimats]) {
        expect(akimats, input.name).toContain("sko");
        for (const slug of akimats) expect(slug, input.name).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      }
    }
  });
});
