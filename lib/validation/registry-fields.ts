import { z } from "zod";
import { newsroomDay, parseDateOnly } from "@/lib/domain/time";
import { nullCharacterRefused, WITHOUT_NULL_CHARACTER } from "./null-character";

/**
 * Field builders shared by the registry's forms (akimats, officials, positions, accounts). Messages are keys of
 * the `validation` messages, or of `registry.validation` for the registry's own.
 */

export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused);

export const optionalText = (max: number) =>
  z
    .preprocess(blankToUndefined, z.string().trim().max(max, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused).optional())
    .transform((value) => value ?? null);

/** A choice from a list: missing is "required", anything not on the list "unknownOption". */
export const requiredEnum = <T extends Record<string, string>>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: (issue) => (issue.input === undefined ? "required" : "unknownOption") }));

/** An id with a null byte names no record (and the database could not even look it up). */
export const requiredId = z.string({ error: "required" }).trim().min(1, "required").max(100, "unknownOption").regex(WITHOUT_NULL_CHARACTER, "unknownOption");

export const optionalId = z
  .preprocess(blankToUndefined, z.string().trim().max(100, "unknownOption").regex(WITHOUT_NULL_CHARACTER, "unknownOption").optional())
  .transform((value) => value ?? null);

const dateOnly = z.string().transform((value, ctx) => {
  const date = parseDateOnly(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: "invalidDate" });
    return z.NEVER;
  }
  return date;
});

export const optionalDate = z.preprocess(blankToUndefined, dateOnly.optional()).transform((value) => value ?? null);

/** The day something ended: known, and not later than today in Kazakhstan (an end is recorded once it happened). */
export const endDate = z
  .preprocess(blankToUndefined, z.string({ error: "required" }).pipe(dateOnly))
  .refine((date) => date <= newsroomDay(new Date()), "endInFuture");

/** The version the person opened, sent back by the form for optimistic locking. */
export const expectedVersion = z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid");
