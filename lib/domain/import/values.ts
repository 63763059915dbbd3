import { toLocalDateTimeInput } from "@/lib/domain/time";
import en from "@/lib/i18n/messages/en";
import kk from "@/lib/i18n/messages/kk";
import ru from "@/lib/i18n/messages/ru";
import { normaliseColumnName } from "./columns";

/**
 * A spreadsheet cell as the form's field would have received it. People write «да», «Иә», «Закрытый»,
 * «28.08.2024» or «Инстаграм» where the form sends "yes", "CLOSED", "2024-08-28" or "INSTAGRAM"; this turns the
 * one into the other, so that the form's own schema then judges the value. What cannot be read is passed on as
 * written, for the schema to refuse with the value in the message.
 */

type Labels = Record<string, string | undefined> | undefined;
type Catalogue = Record<string, Record<string, unknown> | undefined>;
const CATALOGUES = [ru, kk, en] as unknown as Catalogue[];

/** The labels the app shows for an enum's values, in every language: what an export or a careful editor writes back. */
function shownLabels(namespace: string, path: string[] = []): Labels[] {
  return CATALOGUES.map((messages) => {
    let node: unknown = messages[namespace];
    for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
    return node as Labels;
  });
}

/** What people write beside the app's own labels. */
const EXTRA: Record<string, Record<string, string[]>> = {
  platform: {
    INSTAGRAM: ["инстаграм", "инста", "insta", "ig"],
    FACEBOOK: ["фейсбук", "фб", "fb"],
    TELEGRAM: ["телеграм", "телеграмм", "тг", "tg"],
    X: ["twitter", "твиттер", "икс"],
    TIKTOK: ["тикток", "тик ток"],
    YOUTUBE: ["ютуб", "ютьюб"],
    VK: ["вк", "vkontakte"],
    THREADS: ["тредс"],
    LINKEDIN: ["линкедин"],
  },
  existence: {
    FOUND: ["найден", "найдено", "есть", "табылған"],
    NOT_FOUND: ["не найден", "не найдено", "нет аккаунта", "not found", "табылмады", "жоқ"],
    DELETED: ["удалён", "удален"],
    SUSPENDED: ["заблокирован", "blocked"],
  },
  visibility: {
    PUBLIC: ["открыт", "открытая", "открытый аккаунт"],
    CLOSED: ["закрыт", "закрытая", "закрытый аккаунт", "private", "closed", "жабық"],
    PARTIAL: ["частично"],
  },
  title: {
    AKIM: ["аким области", "аким города", "аким района", "облыс әкімі", "қала әкімі"],
    FIRST_DEPUTY_AKIM: ["первый заместитель", "первый зам", "первый зам акима"],
    DEPUTY_AKIM: ["заместитель", "зам акима", "зам", "deputy", "орынбасар"],
    CHIEF_OF_STAFF: ["руководитель аппарата", "аппарат басшысы"],
  },
  level: { REGION: ["обл", "облыстық", "регион", "oblast"], CITY: ["город", "қалалық"], DISTRICT: ["район", "аудандық"] },
  precision: {
    DAY: ["day", "день", "дня", "до дня", "точно", "точная", "exact", "күн", "күні"],
    MONTH: ["month", "месяц", "месяца", "до месяца", "ай", "айы"],
    YEAR: ["year", "год", "года", "до года", "жыл", "жылы"],
  },
  replies: { REGULARLY: ["часто", "always", "often", "жиі"], NEVER: ["нет", "no"], SOMETIMES: ["редко", "rarely"] },
};

const withoutAside = (label: string) => label.replace(/\s*\(.*\)\s*$/, "");

function dictionary(catalogue: Labels[], extra: Record<string, string[]> = {}): Map<string, string> {
  const map = new Map<string, string>();
  const add = (text: string, code: string) => {
    const key = normaliseColumnName(text);
    if (key && !map.has(key)) map.set(key, code);
  };
  const codes = new Set(catalogue.flatMap((labels) => Object.keys(labels ?? {})));
  for (const code of codes) add(code, code);
  for (const labels of catalogue) for (const [code, label] of Object.entries(labels ?? {})) if (label) add(label, code);
  for (const labels of catalogue) for (const [code, label] of Object.entries(labels ?? {})) if (label) add(withoutAside(label), code);
  for (const [code, words] of Object.entries(extra)) for (const word of words) add(word, code);
  return map;
}

const DICTIONARIES = {
  platform: dictionary(shownLabels("platforms"), EXTRA.platform),
  accountKind: dictionary(shownLabels("registry", ["kinds"])),
  existence: dictionary(shownLabels("existence"), EXTRA.existence),
  visibility: dictionary(shownLabels("visibility"), EXTRA.visibility),
  attribution: dictionary(shownLabels("attribution")),
  contentKinds: dictionary(shownLabels("contentKinds")),
  languages: dictionary(shownLabels("languages")),
  replies: dictionary(shownLabels("replies"), EXTRA.replies),
  likesLevel: dictionary(shownLabels("likes")),
  title: dictionary(shownLabels("titles"), EXTRA.title),
  akimatLevel: dictionary(shownLabels("levels"), EXTRA.level),
  precision: dictionary([...shownLabels("observation", ["precisionOptions"]), ...shownLabels("common", ["datePrecision"])], EXTRA.precision),
};
export type EnumColumn = keyof typeof DICTIONARIES;

/** An enum's code for a label in any language ("Закрытый (только подписчикам)", "Closed", "жабық" → CLOSED). */
export function enumCell(column: EnumColumn, text: string): string {
  const value = text.trim();
  if (!value) return "";
  return DICTIONARIES[column].get(normaliseColumnName(value)) ?? value;
}

/** Several values in one cell, split at commas, semicolons, slashes or line ends: the form's comma list. */
export function enumListCell(column: EnumColumn, text: string): string {
  return text
    .split(/[,;/|\n]+/)
    .map((part) => enumCell(column, part))
    .filter(Boolean)
    .join(",");
}

const YES = new Set(["да", "иә", "ия", "yes", "y", "true", "1", "+", "есть", "бар", "✓", "✔", "x", "х"].map(normaliseColumnName));
const NO = new Set(["нет", "жоқ", "no", "n", "false", "0", "не"].map(normaliseColumnName));

/** Yes, no, or not noted: "yes" / "no" / "". A dash means nothing was noted. */
export function yesNoCell(text: string): string {
  const value = text.trim();
  if (!value || /^[-–—]$/.test(value)) return "";
  if (value === "+" || value === "✓" || value === "✔") return "yes";
  const key = normaliseColumnName(value);
  if (YES.has(key)) return "yes";
  if (NO.has(key)) return "no";
  return value;
}

const pad = (n: string | number) => String(n).padStart(2, "0");

/**
 * A day as the form's date field sends it ("2024-08-28"), from "2024-08-28", "28.08.2024", "28/08/2024" or
 * "28.08.24". Days come first, as Kazakhstan writes them. With a time, "…THH:mm" (wall clock in the newsroom).
 * An instant with a zone (an export's "2024-08-28T07:00:00.000Z") becomes the newsroom's wall clock.
 */
export function dateTimeParts(text: string): { date: string; time?: string } | undefined {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return undefined;
    const local = toLocalDateTimeInput(instant);
    return { date: local.slice(0, 10), time: local.slice(11, 16) };
  }
  const time = "(?:[ T,]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?";
  const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(value);
  const dayFirst = new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})${time}$`).exec(value);
  let parts: [string, string, string, string | undefined, string | undefined] | undefined;
  if (iso) parts = [iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5]];
  else if (dayFirst) parts = [dayFirst[3]!.length === 2 ? `20${dayFirst[3]}` : dayFirst[3]!, dayFirst[2]!, dayFirst[1]!, dayFirst[4], dayFirst[5]];
  if (!parts) return undefined;
  const [year, month, day, hour, minute] = parts;
  return { date: `${year}-${pad(month)}-${pad(day)}`, time: hour === undefined ? undefined : `${pad(hour)}:${minute}` };
}

/**
 * For a date field: "YYYY-MM-DD", or the text as written when it is no whole day, for the form's schema to read:
 * the last post's and live stream's fields take a month or a year too ("08.2023", "авг 2023", "2021").
 */
export function dateCell(text: string): string {
  const parts = dateTimeParts(text);
  return parts ? parts.date : text.trim();
}

/** A day without a time is taken at noon in the newsroom: the same day wherever the figure is read. */
export const TIME_OF_A_DAY = "12:00";

/**
 * How much of the date of a look is known: DAY, MONTH or YEAR, from a word in any language ("месяц", "жыл",
 * "Только месяц", the exports' "month"). The old "approximate date" column's yes / no reads as month / day, as the
 * migration that replaced it read the flag (decision 0015).
 */
export function precisionCell(text: string): string {
  const yesNo = yesNoCell(text);
  if (yesNo === "yes") return "MONTH";
  if (yesNo === "no") return "DAY";
  return enumCell("precision", text);
}

/** For the observation's moment: "YYYY-MM-DDTHH:mm", or the text as written when it is no date. */
export function dateTimeCell(text: string): string {
  const parts = dateTimeParts(text);
  return parts ? `${parts.date}T${parts.time ?? TIME_OF_A_DAY}` : text.trim();
}

/** An address typed without its scheme ("instagram.com/zhumagulov") is read as https. */
export function urlCell(text: string): string {
  const value = text.trim();
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return /^(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/|$)/u.test(value) ? `https://${value}` : value;
}

/** Does this text look like a web address rather than a handle? */
export function looksLikeUrl(text: string): boolean {
  return /^https?:\/\//i.test(text.trim()) || /^(www\.)?[\p{L}\p{N}-]+\.(com|kz|ru|me|org|net|tv)(\/|$)/iu.test(text.trim());
}

/** Links to sources, one per line as the form takes them, from a cell that lists them with any separator. */
export function linkListCell(text: string): string {
  return text
    .split(/[\s;]+/)
    .map(urlCell)
    .filter(Boolean)
    .join("\n");
}
