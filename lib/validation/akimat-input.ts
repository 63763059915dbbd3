import { z } from "zod";
import { AkimatLevel } from "@/lib/generated/prisma/enums";
import { blankToUndefined, optionalId, optionalText, requiredEnum, requiredText } from "./registry-fields";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The akimat form: Russian name required, Kazakh and English optional; the slug is made from the name when left empty. */
export const AkimatInput = z.object({
  name: requiredText(300),
  nameKk: optionalText(300),
  nameEn: optionalText(300),
  level: requiredEnum(AkimatLevel),
  parentId: optionalId,
  slug: z
    .preprocess(blankToUndefined, z.string().trim().toLowerCase().max(60, "tooLong").regex(SLUG, "slugInvalid").optional())
    .transform((value) => value ?? null),
});
export type AkimatInput = z.infer<typeof AkimatInput>;

export const AKIMAT_FIELDS = ["name", "nameKk", "nameEn", "level", "parentId", "slug"] as const;
export type AkimatField = (typeof AKIMAT_FIELDS)[number];
