/**
 * Reading the counts platforms show and reporters write: "3 517", "2,6 тыс.", "4.3K", "около 10 000",
 * "почти пять тысяч". The raw text is always kept beside the number; this decides the number and
 * whether it is approximate (rounded by the platform, or hedged by the writer).
 */

export type ParsedCount = { ok: true; value: number; approximate: boolean } | { ok: false; reason: "empty" | "unparsable" | "negative" | "too_large" };

/** No account on any platform has more followers than this; a larger number is a typo. */
export const MAX_COUNT = 2_000_000_000;

const HEDGES = [
  "около",
  "примерно",
  "приблизительно",
  "почти",
  "без малого",
  "свыше",
  "более",
  "больше",
  "порядка",
  "менее",
  "меньше",
  "до",
  "более чем",
  "шамамен",
  "шамасында",
  "жуық",
  "астам",
  "about",
  "around",
  "approximately",
  "approx.",
  "approx",
  "almost",
  "nearly",
  "over",
  "more than",
  "less than",
  "under",
  "roughly",
  "~",
  "≈",
  ">",
  "<",
  "+",
];

const MULTIPLIERS: [RegExp, number][] = [
  [/^(тыс(?:яч[аи]?|\.)?|тысяча|тыс|k|к|мың)$/i, 1_000],
  [/^(млн\.?|миллион(?:а|ов)?|m|м|million|миллион)$/i, 1_000_000],
  [/^(млрд\.?|миллиард(?:а|ов)?|b|billion)$/i, 1_000_000_000],
  [/^(thousand)$/i, 1_000],
];

const NUMBER_WORDS: Record<string, number> = {
  один: 1,
  одна: 1,
  одной: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  четыре: 4,
  четырёх: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  полтора: 1.5,
  полторы: 1.5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

// Space, no-break space, narrow no-break space, thin space, figure space: all separate thousands.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

function multiplierOf(word: string): number | undefined {
  for (const [pattern, factor] of MULTIPLIERS) if (pattern.test(word)) return factor;
  return undefined;
}

function stripHedge(text: string): { rest: string; hedged: boolean } {
  const lower = text.toLowerCase();
  for (const hedge of [...HEDGES].sort((a, b) => b.length - a.length)) {
    if (lower.startsWith(hedge) && (hedge.length === 1 || !/[\p{L}]/u.test(lower.charAt(hedge.length)))) {
      return { rest: text.slice(hedge.length).trim(), hedged: true };
    }
  }
  return { rest: text, hedged: false };
}

/** "3 517" → 3517; "2,6" → 2.6; "2,600" and "1,234,567" → thousands; "4.3" → 4.3. */
function readNumber(digits: string): number | undefined {
  const compact = digits.replace(GROUP_SPACES, "");
  if (/^\d{1,3}(,\d{3})+$/.test(compact) || /^\d{1,3}(\.\d{3}){2,}$/.test(compact)) {
    return Number(compact.replace(/[.,]/g, ""));
  }
  if (/^\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(",", "."));
  return undefined;
}

export function parseCount(input: string | null | undefined): ParsedCount {
  const text = (input ?? "").normalize("NFKC").trim();
  if (text === "") return { ok: false, reason: "empty" };
  if (/^[-−–]\s*\d/.test(text)) return { ok: false, reason: "negative" };

  let { rest, hedged } = stripHedge(text);
  // Trailing words of no meaning to the number: "подписчиков", "followers", "друзей".
  rest = rest.replace(
    /[\s\u00a0]*(подписчик\p{L}*|друз\p{L}*|фолловер\p{L}*|followers?|friends?|subscribers?|публикаци\p{L}*|posts?|подписок|подписки|жазылушы\p{L}*|дос\p{L}*)$/iu,
    "",
  );
  rest = rest.replace(/\+$/, () => {
    hedged = true;
    return "";
  });

  const match = /^([\d\s\u00a0\u202f\u2009\u2007.,]*\d)\s*([\p{L}.]*)$/u.exec(rest);
  let base: number | undefined;
  let suffix = "";
  if (match) {
    base = readNumber(match[1]!);
    suffix = match[2]!;
  } else {
    const words = /^([\p{L}]+)\s*([\p{L}.]*)$/u.exec(rest);
    if (words && NUMBER_WORDS[words[1]!.toLowerCase()] !== undefined) {
      base = NUMBER_WORDS[words[1]!.toLowerCase()];
      suffix = words[2]!;
      hedged = true; // a number written in words is a reporter's rounding
    }
  }
  if (base === undefined || Number.isNaN(base)) return { ok: false, reason: "unparsable" };

  let value = base;
  let rounded = false;
  if (suffix !== "") {
    const factor = multiplierOf(suffix);
    if (factor === undefined) return { ok: false, reason: "unparsable" };
    value = Math.round(base * factor);
    rounded = true; // "10 тыс." is the platform's rounding of something between 9 500 and 10 499
  } else if (!Number.isInteger(base)) {
    return { ok: false, reason: "unparsable" }; // "4.5 followers" is not a count
  }
  if (value > MAX_COUNT) return { ok: false, reason: "too_large" };
  return { ok: true, value, approximate: hedged || rounded };
}

/**
 * What a message about a count takes ("{count, plural, one {{shown} подписчик} few {…} many {…}}"): the number
 * chooses the word's form by the language's plural rules (531 подписчик, 2 подписчика, 5 подписчиков), the text
 * shows it as formatCount writes it, "≈ 2 600" included.
 */
export function countMessageValues(value: number, approximate: boolean, locale = "ru"): { count: number; shown: string } {
  return { count: value, shown: formatCount(value, approximate, locale) };
}

/** Formats a count the Russian way, "3 517", with a "≈" when it is approximate. */
export function formatCount(value: number, approximate: boolean, locale = "ru"): string {
  const formatted = new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : locale === "en" ? "en-GB" : "ru-RU").format(value);
  return approximate ? `≈ ${formatted}` : formatted;
}
