import { z } from "zod";
import { CARRIED_FIELDS } from "@/lib/domain/carried-fields";
import { parseCount } from "@/lib/domain/metric";
import { parsePartialDate, periodEnd, periodStart, type PartialDate } from "@/lib/domain/partial-date";
import { newsroomDay, parseLocalDateTime } from "@/lib/domain/time";
import {
  Attribution,
  ContentKind,
  ContentLanguage,
  DatePrecision,
  Existence,
  LikesLevel,
  Platform,
  ReplyFrequency,
  Visibility,
} from "@/lib/generated/prisma/enums";
import { NOTE_LIMITS } from "./note-limits";
import { nullCharacterRefused, WITHOUT_NULL_CHARACTER } from "./null-character";

/**
 * What the observation form accepts, shared by the form and its action. Messages are keys of the
 * `validation` messages, so that each person reads them in their own language.
 */

/** A reporter's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A note: plain text, kept exactly as typed (line breaks and spaces too), or null when blank. */
const note = (max: number) =>
  z
    .preprocess(blankToUndefined, z.string().max(max, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused).optional())
    .transform((value) => value ?? null);

const optionalEnum = <T extends Record<string, string>>(values: T) => z.preprocess(blankToUndefined, z.enum(values, { error: "unknownOption" }).optional());

/** "yes" / "no" / "" (not noted) → true / false / null. */
const tristate = z.preprocess(
  blankToUndefined,
  z
    .enum(["yes", "no"], { error: "unknownOption" })
    .optional()
    .transform((value) => (value === undefined ? null : value === "yes")),
);

/** A link a reader could follow: http or https only (no javascript:, data: or file:). */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "invalidUrl");

const optionalUrl = z.preprocess(blankToUndefined, httpUrl.optional()).transform((value) => value ?? null);

/** A day, a month or a year, as lib/domain/partial-date.ts reads it ("12.08.2023", "08.2023", "авг 2023", "2021"). */
const optionalPartialDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(100, "tooLong")
    .optional()
    .transform((value, ctx): PartialDate | null => {
      if (value === undefined) return null;
      const parsed = parsePartialDate(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }),
);

/**
 * Is a partial date after the observation? Only when its whole period is: "2024" fits a look on 28 August 2024,
 * and so does "30 August 2024" when the look is dated only to "August 2024".
 */
function afterObservation(date: PartialDate | null, observedAt: Date, observedAtPrecision: DatePrecision): boolean {
  // A refinement runs over the fields that parsed and those that did not (still as typed): judge only dates.
  if (!(date?.date instanceof Date) || !(observedAt instanceof Date)) return false;
  const lastDayOfLook = periodEnd({ date: newsroomDay(observedAt), precision: observedAtPrecision });
  return periodStart(date).getTime() > lastDayOfLook.getTime();
}

/** Several checkboxes of one name arrive as a comma-joined string (see formValues). */
const multiEnum = <T extends Record<string, string>>(values: T) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").filter(Boolean) : []))
    .pipe(z.array(z.enum(values, { error: "unknownOption" })).max(20))
    .transform((list) => [...new Set(list)]);

export const MAX_EVIDENCE_LINKS = 20;

/** Source and archive links, one per line. */
const evidenceLinks = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(httpUrl).max(MAX_EVIDENCE_LINKS, "tooManyLinks"))
  .transform((list) => [...new Set(list)]);

export type CountValue = { raw: string; value: number; approximate: boolean } | null;

const count = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(100, "tooLong")
    .optional()
    .transform((raw, ctx): CountValue => {
      if (raw === undefined) return null;
      const parsed = parseCount(raw);
      if (parsed.ok) return { raw: raw.trim(), value: parsed.value, approximate: parsed.approximate };
      ctx.addIssue({
        code: "custom",
        message: parsed.reason === "negative" ? "countNegative" : parsed.reason === "too_large" ? "countTooLarge" : "countUnparsable",
      });
      return z.NEVER;
    }),
);

export const ObservationInput = z
  .object({
    idempotencyKey: z.preprocess(blankToUndefined, z.uuid("invalid").optional()),
    officialId: z.string({ error: "required" }).trim().min(1, "required").regex(WITHOUT_NULL_CHARACTER, "unknownOption"),
    platform: z.enum(Platform, { error: "required" }),
    accountId: z.preprocess(blankToUndefined, z.string().trim().regex(WITHOUT_NULL_CHARACTER, "unknownOption").optional()).transform((value) => value ?? null),
    /** The survey wave it is recorded in (docs/decisions/0017-survey-waves.md); blank: outside any wave. */
    waveId: z
      .preprocess(blankToUndefined, z.string().trim().max(100, "unknownOption").regex(WITHOUT_NULL_CHARACTER, "unknownOption").optional())
      .transform((value) => value ?? null),
    observedAt: z
      .string({ error: "required" })
      .trim()
      .min(1, "required")
      .transform((value, ctx) => {
        const instant = parseLocalDateTime(value);
        if (!instant) {
          ctx.addIssue({ code: "custom", message: "invalidDateTime" });
          return z.NEVER;
        }
        if (instant.getTime() > Date.now() + CLOCK_SKEW_MS) {
          ctx.addIssue({ code: "custom", message: "inFuture" });
          return z.NEVER;
        }
        return instant;
      }),
    /** How much of the observation's moment is known; the moment itself is the reporter's best estimate. */
    observedAtPrecision: z.preprocess(blankToUndefined, z.enum(DatePrecision, { error: "unknownOption" }).optional()).transform((value) => value ?? "DAY"),
    existence: z.enum(Existence, { error: "required" }),
    visibility: optionalEnum(Visibility),
    followers: count,
    following: count,
    friends: count,
    posts: count,
    attribution: optionalEnum(Attribution),
    attributionNote: z
      .preprocess(blankToUndefined, z.string().max(2000, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused).optional())
      .transform((value) => value ?? null),
    hasAvatar: tristate,
    verifiedBadge: tristate,
    lastPostAt: optionalPartialDate,
    lastPostUrl: optionalUrl,
    contentKinds: multiEnum(ContentKind),
    languages: multiEnum(ContentLanguage),
    commentsOpen: tristate,
    replies: optionalEnum(ReplyFrequency),
    liveStreams: tristate,
    lastLiveAt: optionalPartialDate,
    personalStories: tristate,
    likesLevel: optionalEnum(LikesLevel),
    evidenceLinks,
    publicNote: note(NOTE_LIMITS.publicNote),
    internalNote: note(NOTE_LIMITS.internalNote),
    // A repeat's carried values and what was seen again: read by carried-input.ts, never saved as typed.
    carried: z.preprocess(blankToUndefined, z.string().max(20_000, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused).optional()),
    seen: multiEnum(Object.fromEntries(CARRIED_FIELDS.map((field) => [field, field]))),
    seenAll: z.preprocess(blankToUndefined, z.enum(["yes"], { error: "unknownOption" }).optional()),
    intent: z.enum(["draft", "submit"], { error: "unknownOption" }),
  })
  .superRefine((input, ctx) => {
    if (input.existence === "FOUND" && !input.accountId) {
      ctx.addIssue({ code: "custom", path: ["accountId"], message: "accountRequiredWhenFound" });
    }
    if (afterObservation(input.lastPostAt, input.observedAt, input.observedAtPrecision)) {
      ctx.addIssue({ code: "custom", path: ["lastPostAt"], message: "lastPostAfterObservation" });
    }
    if (afterObservation(input.lastLiveAt, input.observedAt, input.observedAtPrecision)) {
      ctx.addIssue({ code: "custom", path: ["lastLiveAt"], message: "lastLiveAfterObservation" });
    }
    if (input.existence !== "FOUND" && [input.followers, input.following, input.friends, input.posts].some(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["existence"], message: "countsWithoutAccount" });
    }
  });

export type ObservationInput = z.infer<typeof ObservationInput>;

/** The form's fields, as strings: what the person typed, handed back after a failed save. */
export const OBSERVATION_FIELDS = [
  "idempotencyKey",
  "officialId",
  "platform",
  "accountId",
  "waveId",
  "observedAt",
  "observedAtPrecision",
  "existence",
  "visibility",
  "followers",
  "following",
  "friends",
  "posts",
  "attribution",
  "attributionNote",
  "hasAvatar",
  "verifiedBadge",
  "lastPostAt",
  "lastPostUrl",
  "contentKinds",
  "languages",
  "commentsOpen",
  "replies",
  "liveStreams",
  "lastLiveAt",
  "personalStories",
  "likesLevel",
  "publicNote",
  "internalNote",
  "evidenceLinks",
  // A repeat's carried values, and which of them the reporter saw again (carried-input.ts).
  "carried",
  "seen",
  "seenAll",
] as const;

/** Checkbox groups: each arrives as several values of one name. */
export const OBSERVATION_MULTI_FIELDS = ["contentKinds", "languages", "seen"] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
export type ObservationFormValues = Partial<Record<ObservationField, string>>;
/** What the form's state adds (FormState's extra): files chosen for a save that failed, which the browser cannot keep, so the reporter is told. */
export type FilesDropped = { filesDropped: boolean };
