import "server-only";
import { transliterate } from "@/lib/domain/transliteration";
import type { OfficialInput } from "@/lib/validation/official-input";

/**
 * The Latin name to store: the one typed, or one made from the Cyrillic name. When an edit renames the official
 * and leaves a Latin name that was itself made from the old name, it is made again, so that it does not keep
 * spelling the old one.
 */
export function latinNameFor(input: OfficialInput, before?: { fullName: string; fullNameLatin: string | null }): string {
  const made = transliterate(input.fullName);
  if (!input.fullNameLatin) return made;
  const keptOldMade = before && input.fullName !== before.fullName && input.fullNameLatin === before.fullNameLatin && before.fullNameLatin === transliterate(before.fullName);
  return keptOldMade ? made : input.fullNameLatin;
}
