import { z } from "zod";
import { parseDateOnly } from "@/lib/domain/time";
import { Platform } from "@/lib/generated/prisma/enums";
import { nullCharacterRefused, WITHOUT_NULL_CHARACTER } from "./null-character";
import { blankToUndefined, requiredId, requiredText } from "./registry-fields";

/**
 * The wave form (docs/decisions/0017-survey-waves.md): a name, the window, the scope (akimats, with or without
 * what lies below them, and platforms) and the methodology note. Messages are keys of `validation`, or of
 * `waves.validation` for the wave's own.
 */

/** Several checkboxes of one name arrive as a comma-joined string (see formValues). */
const idList = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(",").filter(Boolean) : []))
  .pipe(z.array(z.string().max(100, "unknownOption").regex(WITHOUT_NULL_CHARACTER, "unknownOption")).max(500, "tooMany"))
  .transform((list) => [...new Set(list)]);

const requiredDate = z.preprocess(blankToUndefined, z.string({ error: "required" })).transform((value, ctx) => {
  const date = parseDateOnly(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: "invalidDate" });
    return z.NEVER;
  }
  return date;
});

/** A methodology note: a few paragraphs for the reporters, kept as typed. */
export const METHODOLOGY_LIMIT = 5_000;

export const WaveInput = z
  .object({
    name: requiredText(200),
    opensOn: requiredDate,
    dueOn: requiredDate,
    akimatIds: idList.refine((list) => list.length > 0, "chooseAkimat"),
    includeDistricts: z.preprocess(blankToUndefined, z.enum(["yes"], { error: "unknownOption" }).optional()).transform((value) => value === "yes"),
    platforms: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(",").filter(Boolean) : []))
      .pipe(z.array(z.enum(Platform, { error: "unknownOption" })).max(20))
      .transform((list) => [...new Set(list)])
      .refine((list) => list.length > 0, "choosePlatform"),
    methodology: z
      .preprocess(blankToUndefined, z.string().max(METHODOLOGY_LIMIT, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused).optional())
      .transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.opensOn instanceof Date && input.dueOn instanceof Date && input.dueOn < input.opensOn) {
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "dueBeforeOpens" });
    }
  });
export type WaveInput = z.infer<typeof WaveInput>;

export const WAVE_FIELDS = ["name", "opensOn", "dueOn", "akimatIds", "includeDistricts", "platforms", "methodology"] as const;
export const WAVE_MULTI_FIELDS = ["akimatIds", "platforms"] as const;
export type WaveField = (typeof WAVE_FIELDS)[number];

/**
 * Giving a reporter part of a wave: an akimat of its scope or one official in it, chosen from one list whose
 * values say which ("akimat:<id>", "official:<id>").
 */
export const WaveAssignmentInput = z.object({
  reporterId: requiredId,
  target: requiredId.transform((value, ctx) => {
    const match = /^(akimat|official):(.+)$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: "custom", message: "unknownOption" });
      return z.NEVER;
    }
    return match[1] === "akimat" ? { akimatId: match[2]!, officialId: null } : { akimatId: null, officialId: match[2]! };
  }),
});
export type WaveAssignmentInput = z.infer<typeof WaveAssignmentInput>;
export const WAVE_ASSIGNMENT_FIELDS = ["reporterId", "target"] as const;
export type WaveAssignmentField = (typeof WAVE_ASSIGNMENT_FIELDS)[number];

/** Closing or reopening a wave, or taking an assignment back: which one, on the version the editor saw. */
export const WaveStateInput = z.object({ change: z.enum(["close", "reopen"], { error: "unknownOption" }) });
