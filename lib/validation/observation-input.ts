import { z } from "zod";
import { Existence, Platform, Visibility } from "@/lib/generated/prisma/enums";
import { parseCount } from "@/lib/domain/metric";
import { parseDateOnly, parseLocalDateTime } from "@/lib/domain/time";

/**
 * What the observation form accepts, shared by the form and its action. Messages are keys of the
 * `validation` messages, so that each person reads them in their own language.
 */

/** A reporter's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_NOTES = 10_000;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalEnum = <T extends Record<string, string>>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "unknownOption" }).optional());

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
      ctx.addIssue({ code: "custom", message: parsed.reason === "negative" ? "countNegative" : parsed.reason === "too_large" ? "countTooLarge" : "countUnparsable" });
      return z.NEVER;
    }),
);

export const ObservationInput = z
  .object({
    idempotencyKey: z.preprocess(blankToUndefined, z.uuid("invalid").optional()),
    officialId: z.string({ error: "required" }).trim().min(1, "required"),
    platform: z.enum(Platform, { error: "required" }),
    accountId: z.preprocess(blankToUndefined, z.string().trim().optional()).transform((value) => value ?? null),
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
    existence: z.enum(Existence, { error: "required" }),
    visibility: optionalEnum(Visibility),
    followers: count,
    following: count,
    friends: count,
    posts: count,
    lastPostAt: z.preprocess(
      blankToUndefined,
      z
        .string()
        .optional()
        .transform((value, ctx) => {
          if (value === undefined) return null;
          const date = parseDateOnly(value);
          if (!date) {
            ctx.addIssue({ code: "custom", message: "invalidDate" });
            return z.NEVER;
          }
          return date;
        }),
    ),
    notes: z.preprocess(blankToUndefined, z.string().max(MAX_NOTES, "tooLong").optional()).transform((value) => value ?? null),
    intent: z.enum(["draft", "submit"], { error: "unknownOption" }),
  })
  .superRefine((input, ctx) => {
    if (input.existence === "FOUND" && !input.accountId) {
      ctx.addIssue({ code: "custom", path: ["accountId"], message: "accountRequiredWhenFound" });
    }
    if (input.lastPostAt && input.observedAt instanceof Date && input.lastPostAt.getTime() > input.observedAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["lastPostAt"], message: "lastPostAfterObservation" });
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
  "observedAt",
  "existence",
  "visibility",
  "followers",
  "following",
  "friends",
  "posts",
  "lastPostAt",
  "notes",
] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
export type ObservationFormValues = Partial<Record<ObservationField, string>>;
