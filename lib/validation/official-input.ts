import { z } from "zod";
import { nullCharacterRefused, WITHOUT_NULL_CHARACTER } from "./null-character";
import { blankToUndefined } from "./registry-fields";

/** Letters of one script, with the spaces, hyphens, apostrophes and dots that names carry ("Ж. Абай-Кунанбаев"). */
const CYRILLIC_NAME = /^(?=.*\p{L})[\p{Script=Cyrillic}\s\-'’.]+$/u;
const LATIN_NAME = /^(?=.*\p{L})[\p{Script=Latin}\s\-'’.]+$/u;

const tidy = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * The official form. The Cyrillic name is checked for Latin letters, which a switched keyboard layout slips in
 * ("Жумагулoв" with a Latin o) and which would hide the name from search. The Latin name, when left empty, is
 * made from the Cyrillic one by the data layer.
 */
export const OfficialInput = z.object({
  fullName: z
    .string({ error: "required" })
    .transform(tidy)
    .pipe(
      z
        .string()
        .min(1, { message: "required", abort: true })
        .max(200, { message: "tooLong", abort: true })
        .regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused)
        .regex(CYRILLIC_NAME, "cyrillicName"),
    ),
  fullNameLatin: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .transform(tidy)
        .pipe(z.string().max(200, { message: "tooLong", abort: true }).regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused).regex(LATIN_NAME, "latinName"))
        .optional(),
    )
    .transform((value) => value ?? null),
});
export type OfficialInput = z.infer<typeof OfficialInput>;

export const OFFICIAL_FIELDS = ["fullName", "fullNameLatin"] as const;
export type OfficialField = (typeof OFFICIAL_FIELDS)[number];
