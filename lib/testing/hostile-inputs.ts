/**
 * Text an attacker, a careless paste or a real Kazakh name may put in any field. The corpus tests push each
 * string through every form's text fields and every page, embed and export that shows them: each must be
 * stored faithfully or refused with a field message, and always shown as the text it is, never run.
 */

export type HostileInput = {
  /** Names the case in test titles. */
  name: string;
  value: string;
};

/** PostgreSQL cannot keep U+0000 in a text column: such input must be refused with a message, not crash the save. */
export const NUL = "\u0000";

/** About 100 KB of UTF-8 (two bytes per Kazakh letter), with markup inside, to meet every length limit. */
const HUNDRED_KB = "<b>Әлі</b> ".repeat(8_000);

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: "a script tag", value: `<script>alert("ashyq")</script>` },
  { name: "an event-handler attribute breaking out of a quoted attribute", value: `"><img src=x onerror=alert(1)>` },
  { name: "an SVG with onload, in single quotes", value: `'><svg/onload=alert('ashyq')>` },
  { name: "a script closing tag, to break out of inline JSON", value: `</script><script>alert(1)</script>` },
  { name: "a javascript: link", value: "javascript:alert(document.cookie)" },
  { name: "an SQL injection", value: "'; DROP TABLE observations; --" },
  { name: "an SQL tautology with a comment", value: `" OR 1=1 /* --` },
  { name: "HTML entities, which must not be decoded", value: "&lt;b&gt; &amp;amp; &#x3C;i&#x3E;" },
  { name: "message-format braces", value: "{value} {count, plural, one {#} other {#}} ${1+1} {{7*7}}" },
  { name: "a spreadsheet formula", value: `=HYPERLINK("http://evil.example","клик")` },
  // Excel set to Russian or Kazakh splits a CSV on ";": a formula after one would start a cell of its own.
  { name: "a formula after a semicolon", value: "Бірлік;=1+1" },
  { name: "a formula after a comma", value: "Бірлік,@SUM(A1:A9)" },
  { name: "a 100 KB string", value: HUNDRED_KB },
  { name: "a null byte", value: `до${NUL}после` },
  { name: "a right-to-left override", value: "отчёт\u202Egnp.exe" },
  { name: "zero-width characters", value: "Жу\u200Bма\u200Dгу\uFEFFлов" },
  { name: "line and paragraph separators", value: "первая\u2028вторая\u2029третья\r\nчетвёртая" },
  { name: "Kazakh text", value: "Ерең еңбегі үшін ӘҒҚҢӨҰҮҺІ әғқңөұүһі" },
  { name: "emoji, with a flag and a joined family", value: "🇰🇿👩‍👧 Қазақстан" },
];

/** Each corpus string inside an otherwise good address: a link field keeps it (escaped where shown) or refuses it. */
export const HOSTILE_URLS: readonly HostileInput[] = [
  ...HOSTILE_INPUTS.map(({ name, value }) => ({ name: `an address carrying ${name}`, value: `https://example.kz/search?q=${value}` })),
  { name: "an address whose path breaks out of an attribute", value: `https://example.kz/"><script>alert(1)</script>` },
  { name: "an internationalised domain and path", value: "https://әкімдік.kz/жаңалықтар/🇰🇿" },
];

/** Addresses that must never become a link, however disguised: script and data schemes, files, no scheme at all. */
export const DANGEROUS_URLS: readonly HostileInput[] = [
  { name: "javascript:", value: "javascript:alert(1)" },
  { name: "javascript: in mixed case", value: "JaVaScRiPt:alert(1)" },
  { name: "javascript: after spaces", value: "   javascript:alert(1)" },
  { name: "javascript: split by a tab", value: "java\tscript:alert(1)" },
  { name: "javascript: behind an entity", value: "javascript&colon;alert(1)" },
  { name: "a data: URL with a script", value: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { name: "vbscript:", value: "vbscript:msgbox(1)" },
  { name: "a file: URL", value: "file:///etc/passwd" },
  { name: "a protocol-relative address", value: "//evil.example/x" },
];

/** Counts as a reporter might paste them, with the same tricks: each is read as a number or refused. */
export const HOSTILE_COUNTS: readonly HostileInput[] = [
  { name: "a count with a narrow no-break space", value: "3\u202F517" },
  { name: "a count behind a byte-order mark", value: "\uFEFF2,6 тыс." },
  { name: "a count with a zero-width space", value: "2\u200B600" },
  { name: "a count starting with a plus, like a formula", value: "+4,3 тыс." },
  { name: "a formula", value: "=1+2" },
  { name: "a count with a script tag", value: "3 517<script>alert(1)</script>" },
  { name: "a count in Kazakh", value: "шамамен 10 мың" },
  { name: "a count with an emoji", value: "10 тыс. 🇰🇿" },
  { name: "a count with a null byte", value: `3 517${NUL}` },
  { name: "an absurd count", value: "9".repeat(90) },
];

/** Addresses for the e-mail fields: the shape is checked, and nothing but a real address gets through. */
export const HOSTILE_EMAILS: readonly HostileInput[] = [
  { name: "an apostrophe, as in SQL", value: "o'brien@example.kz" },
  { name: "capitals and spaces", value: "  Dana.Zhanabayeva@Example.KZ " },
  { name: "a script in the local part", value: "<script>@example.kz" },
  { name: "a null byte", value: `dana${NUL}@example.kz` },
  { name: "a zero-width space", value: "da\u200Bna@example.kz" },
  { name: "Kazakh letters", value: "әкім@example.kz" },
  { name: "a 100 KB local part", value: `${"a".repeat(102_400)}@example.kz` },
];

/** The few strings that pass the strictest fields (names in one script): Kazakh letters with the punctuation names carry. */
export const HOSTILE_NAMES = {
  cyrillic: "Ж. Ерең-Әлі О'Қасымұлы",
  latin: "Zh. O'Kasymuly-Ali",
} as const;

/** The nastiest strings at once, for a single field that must show them all: markup, quotes, RTL, zero-width, emoji. */
export const HOSTILE_TEXT = `<script>alert("ashyq")</script> "><img src=x onerror=alert(1)> '; DROP TABLE observations; -- отчёт\u202Egnp.exe Жу\u200Bма\u200Dгу\uFEFFлов Ерең еңбегі үшін 🇰🇿👩‍👧`;

export const containsNul = (value: string) => value.includes(NUL);
