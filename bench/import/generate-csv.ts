/**
 * Spreadsheets of a made-up newsroom's work, for the import benchmark: a registry of `officials` officials
 * in the story's two akimats, and `rows` observations of them, the way a reporter's sheet would hold them
 * (Russian headers, semicolons, counts as shown, a few closed accounts). The same arguments give the same files.
 */
const FIRST = [
  "Айдос",
  "Бауыржан",
  "Дана",
  "Ержан",
  "Жанар",
  "Ирина",
  "Канат",
  "Ляззат",
  "Марат",
  "Нурлан",
  "Ольга",
  "Полат",
  "Руслан",
  "Сания",
  "Тимур",
  "Улан",
  "Фарида",
  "Хамит",
  "Шолпан",
  "Әсел",
  "Қуаныш",
  "Ұлан",
  "Іңкәр",
  "Гаухар",
  "Серик",
];
const LAST = [
  "Абенов",
  "Байжанов",
  "Галиев",
  "Дюсенов",
  "Ермеков",
  "Жакупов",
  "Исаев",
  "Касымов",
  "Ли",
  "Мухамедиев",
  "Нуриев",
  "Оспанов",
  "Рахимов",
  "Садыков",
  "Тулегенов",
  "Утепов",
  "Хасенов",
  "Шаяхметов",
  "Ыбыраев",
  "Қасымов",
];

/** A small deterministic generator (mulberry32): benchmarks must be repeatable. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function officialNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    // Past 500, a second surname keeps names unique (and Cyrillic, as the official form wants).
    const extra = i >= FIRST.length * LAST.length ? `-${LAST[Math.floor(i / (FIRST.length * LAST.length)) % LAST.length]}` : "";
    names.push(`${first} ${last}${extra}`);
  }
  return names;
}

const line = (cells: string[]) => cells.join(";");

export function registryCsv(officials: number): string {
  const akimats = ["Акимат Северо-Казахстанской области", "Акимат города Петропавловска"];
  const titles = ["Заместитель акима", "Руководитель аппарата акима", "Советник"];
  const rows = officialNames(officials).flatMap((name, i) => [
    line([akimats[i % 2]!, name, titles[i % titles.length]!, "Instagram", ""]),
    line([akimats[i % 2]!, name, titles[i % titles.length]!, "Facebook", ""]),
  ]);
  return `\uFEFF${[line(["Акимат", "ФИО", "Должность", "Платформа", "Метка"]), ...rows].join("\r\n")}\r\n`;
}

export function observationsCsv({ officials, rows, seed = 42 }: { officials: number; rows: number; seed?: number }): string {
  const next = random(seed);
  const names = officialNames(officials);
  const platforms = ["Instagram", "Facebook"];
  const perDay = officials * platforms.length;
  const lines = [line(["ФИО", "Платформа", "Дата", "Подписчики", "Видимость", "Аватар", "Заметки"])];
  for (let i = 0; i < rows; i++) {
    const name = names[i % officials]!;
    const platform = platforms[Math.floor(i / officials) % platforms.length]!;
    // One survey a week, going back from 1 September 2024: every row is its own observation.
    const day = new Date(Date.UTC(2024, 8, 1) - Math.floor(i / perDay) * 7 * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, "0")}.${String(day.getUTCMonth() + 1).padStart(2, "0")}.${day.getUTCFullYear()}`;
    const followers = Math.floor(100 + next() * 20_000);
    const shown = followers >= 1000 && next() < 0.5 ? `${(followers / 1000).toFixed(1).replace(".", ",")} тыс.` : followers.toLocaleString("ru-RU");
    lines.push(
      line([name, platform, date, shown, next() < 0.2 ? "Закрытый" : "Открытый", next() < 0.9 ? "да" : "нет", next() < 0.1 ? "Репосты новостей акимата" : ""]),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
