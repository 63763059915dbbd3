/**
 * Cyrillic → Latin, so that "Zhumagulov" finds "Жумагулов" (docs/decisions/0004-registry.md).
 *
 * The scheme is BGN/PCGN for Russian letters, written in plain ASCII because that is what people type into a
 * search box: diacritics dropped (ё is written as е is), soft and hard signs dropped, е written "ye" at the
 * start of a word and after a vowel or a sign ("Ержан" → "Yerzhan", "Мухамедиев" → "Mukhamediyev") but, unlike
 * BGN/PCGN, as "e" after й ("Майер" → "Mayer", not "Mayyer"). The
 * Kazakh letters fold to their nearest Latin letter, as Kazakhstan's passports write them
 * (ә→a, ғ→g, қ→k, ң→n, ө→o, ұ→u, ү→u, һ→h, і→i): "Қасым" → "Kasym". Anything that is not Cyrillic is kept.
 */

const LETTERS: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Kazakh
  ә: "a",
  ғ: "g",
  қ: "k",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  // Ukrainian and Belarusian letters that turn up in surnames
  є: "ye",
  ї: "yi",
  ў: "w",
};

/** After these, е and ё are iotated: "ye". */
const IOTATING = new Set([..."аеёиоуыэюяәөұүіъьєї"]);

const isUpper = (char: string | undefined) => char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
const isCyrillic = (char: string) => /\p{Script=Cyrillic}/u.test(char);

function latinOf(lower: string, previous: string | undefined): string {
  if (lower === "е" || lower === "ё") {
    const startsWord = previous === undefined || !/\p{L}/u.test(previous);
    return startsWord || IOTATING.has(previous.toLowerCase()) ? "ye" : "e";
  }
  return LETTERS[lower] ?? lower;
}

/** The Latin spelling of a Cyrillic text, keeping capitals: "ЖУМАГУЛОВ" → "ZHUMAGULOV", "Жусуп" → "Zhusup". */
export function transliterate(text: string): string {
  const chars = [...text.normalize("NFC")];
  let out = "";
  chars.forEach((char, index) => {
    if (!isCyrillic(char)) {
      out += char;
      return;
    }
    const previous = chars[index - 1];
    const next = chars[index + 1];
    const latin = latinOf(char.toLowerCase(), previous);
    if (!isUpper(char)) out += latin;
    // A capital in a word written in capitals stays all capitals; otherwise only its first letter is one.
    else if (isUpper(next) || (isUpper(previous) && !/\p{L}/u.test(next ?? ""))) out += latin.toUpperCase();
    else out += latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return out;
}

/** A web-address-safe name: "Акимат города Петропавловска" → "akimat-goroda-petropavlovska". */
export function toSlug(text: string, maxLength = 60): string {
  return transliterate(text)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}
