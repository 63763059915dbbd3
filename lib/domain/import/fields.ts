/**
 * The fields a spreadsheet's columns can fill, per kind of import, with the column names the templates write
 * (Russian, Kazakh, English) and the other names people give such columns. The names are part of the file
 * format, like a protocol: a Kazakh template filled in a year ago must still be read, whatever the app's
 * wording becomes, so they live here and not in the interface's messages.
 */

export const IMPORT_KINDS = ["OBSERVATIONS", "REGISTRY"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const COLUMN_LANGUAGES = ["ru", "kk", "en"] as const;
export type ColumnLanguage = (typeof COLUMN_LANGUAGES)[number];

/** `prefer`: names that beat even the templates' (an export's count as shown, over its parsed number). */
type FieldSpec = { ru: string; kk: string; en: string; also?: string[]; prefer?: string[] };

/** Who and where: shared by both kinds. */
const SUBJECT = {
  fullName: {
    ru: "ФИО",
    kk: "Аты-жөні",
    en: "Full name",
    also: [
      "Ф.И.О.",
      "Фамилия, имя",
      "Имя",
      "Чиновник",
      "Должностное лицо",
      "Аты жөні",
      "Толық аты-жөні",
      "Лауазымды тұлға",
      "Official",
      "Name",
      "Official name",
      "official_name",
    ],
  },
  fullNameLatin: {
    ru: "ФИО латиницей",
    kk: "Аты-жөні латынша",
    en: "Full name (Latin)",
    also: ["Латиница", "Имя латиницей", "Латынша", "Latin name", "Name (Latin)", "official_name_latin"],
  },
  platform: {
    ru: "Платформа",
    kk: "Әлеуметтік желі",
    en: "Platform",
    also: ["Соцсеть", "Социальная сеть", "Сеть", "Желі", "Платформа атауы", "Social network", "Network"],
  },
  accountKind: { ru: "Тип аккаунта", kk: "Аккаунт түрі", en: "Account kind", also: ["Вид аккаунта", "Тип страницы", "Account type", "account_kind"] },
  handle: {
    ru: "Имя пользователя",
    kk: "Пайдаланушы аты",
    en: "Handle",
    also: ["Ник", "Никнейм", "Логин", "Аккаунт", "Account", "Username", "account_handle"],
  },
  url: {
    ru: "Ссылка",
    kk: "Сілтеме",
    en: "URL",
    also: ["Ссылка на аккаунт", "Адрес", "Адрес страницы", "Мекенжай", "Аккаунт сілтемесі", "Link", "Address", "Profile URL", "account_url"],
  },
  label: { ru: "Метка", kk: "Белгі", en: "Label", also: ["Пометка", "Account label", "account_label"] },
} satisfies Record<string, FieldSpec>;

const REGISTRY = {
  akimat: { ru: "Акимат", kk: "Әкімдік", en: "Akimat", also: ["Орган", "Акимат (название или код)", "Organisation", "Organization", "akimats"] },
  akimatSlug: { ru: "Код акимата", kk: "Әкімдік коды", en: "Akimat slug", also: ["Короткое имя акимата", "Slug", "akimat_slug"] },
  akimatNameKk: {
    ru: "Акимат на казахском",
    kk: "Әкімдік қазақша",
    en: "Akimat in Kazakh",
    also: ["Название на казахском", "Akimat (Kazakh)", "Name in Kazakh", "nameKk"],
  },
  akimatNameEn: {
    ru: "Акимат на английском",
    kk: "Әкімдік ағылшынша",
    en: "Akimat in English",
    also: ["Название на английском", "Akimat (English)", "Name in English", "nameEn"],
  },
  akimatLevel: { ru: "Уровень акимата", kk: "Әкімдік деңгейі", en: "Akimat level", also: ["Уровень", "Деңгей", "Деңгейі", "Level"] },
  akimatParent: { ru: "Вышестоящий акимат", kk: "Жоғары тұрған әкімдік", en: "Parent akimat", also: ["Входит в", "Parent", "Part of"] },
  ...SUBJECT,
  title: { ru: "Должность", kk: "Лауазымы", en: "Title", also: ["Пост", "Лауазым", "Post", "Position", "titles"] },
  portfolio: { ru: "Курирует", kk: "Жетекшілік етеді", en: "Portfolio", also: ["Направление", "Сфера", "Бағыты", "Oversees", "Responsible for"] },
  startedOn: {
    ru: "Дата назначения",
    kk: "Тағайындалған күні",
    en: "Started on",
    also: ["Назначен", "Начало", "С", "Басталуы", "Start date", "Since", "Appointed"],
  },
  endedOn: { ru: "Дата освобождения", kk: "Босатылған күні", en: "Ended on", also: ["Освобождён", "Окончание", "По", "Аяқталуы", "End date", "Until"] },
} satisfies Record<string, FieldSpec>;

const OBSERVATIONS = {
  ...SUBJECT,
  observedAt: {
    ru: "Дата наблюдения",
    kk: "Бақылау күні",
    en: "Observed at",
    also: ["Дата", "Дата проверки", "Когда", "Күні", "Тексерілген күні", "Date", "Observed", "observed_at"],
  },
  // How much of the date of the look is known: day, month or year; the old "approximate date: yes / no" column
  // (and the exports' observed_at_approximate before issue 15) reads as month / day.
  observedAtPrecision: {
    ru: "Точность даты",
    kk: "Күннің дәлдігі",
    en: "Date precision",
    also: [
      "Дата приблизительная",
      "Приблизительная дата",
      "Күні шамамен",
      "Date approximate",
      "Approximate date",
      "observed_at_precision",
      "observed_at_approximate",
    ],
  },
  existence: { ru: "Результат поиска", kk: "Іздеу нәтижесі", en: "Existence", also: ["Результат", "Наличие", "Нәтиже", "Result", "Found"] },
  visibility: { ru: "Видимость", kk: "Көрінуі", en: "Visibility", also: ["Доступ", "Открытость", "Қолжетімділік", "Privacy"] },
  followers: {
    ru: "Подписчики",
    kk: "Жазылушылар",
    en: "Followers",
    also: ["Подписчиков", "Число подписчиков", "Жазылушылар саны", "Subscribers"],
    prefer: ["followers_raw"],
  },
  following: { ru: "Подписки", kk: "Жазылымдар", en: "Following", also: ["Подписок"], prefer: ["following_raw"] },
  friends: { ru: "Друзья", kk: "Достар", en: "Friends", also: ["Друзей"], prefer: ["friends_raw"] },
  posts: { ru: "Публикации", kk: "Жарияланымдар", en: "Posts", also: ["Публикаций", "Посты", "Постов", "Посттар"], prefer: ["posts_raw"] },
  attribution: { ru: "Принадлежность", kk: "Тиесілілігі", en: "Attribution", also: ["Атрибуция", "Чей аккаунт"] },
  attributionNote: {
    ru: "Основание принадлежности",
    kk: "Тиесілілік негізі",
    en: "Attribution note",
    also: ["Комментарий к принадлежности", "attribution_note"],
  },
  hasAvatar: { ru: "Аватар", kk: "Аватар бар", en: "Has avatar", also: ["Есть аватар", "Аватарка", "Avatar", "has_avatar"] },
  verifiedBadge: { ru: "Галочка верификации", kk: "Верификация белгісі", en: "Verified badge", also: ["Галочка", "Верификация", "Verified", "verified_badge"] },
  lastPostAt: {
    ru: "Последняя публикация",
    kk: "Соңғы жарияланым",
    en: "Last post",
    also: ["Последний пост", "Дата последнего поста", "Соңғы пост", "Last post date", "last_post_at"],
  },
  lastPostUrl: {
    ru: "Ссылка на последнюю публикацию",
    kk: "Соңғы жарияланым сілтемесі",
    en: "Last post URL",
    also: ["Ссылка на последний пост", "Last post link", "last_post_url"],
  },
  contentKinds: { ru: "Содержание", kk: "Мазмұны", en: "Content", also: ["Контент", "Темы", "Контент түрі", "Content kinds", "content_kinds"] },
  languages: { ru: "Языки", kk: "Тілдері", en: "Languages", also: ["Язык", "Тіл", "Language"] },
  commentsOpen: { ru: "Комментарии открыты", kk: "Пікірлер ашық", en: "Comments open", also: ["Comments", "comments_open"] },
  replies: { ru: "Отвечает на комментарии", kk: "Пікірлерге жауап береді", en: "Replies", also: ["Отвечает", "Ответы", "Жауап береді", "Replies to comments"] },
  liveStreams: { ru: "Прямые эфиры", kk: "Тікелей эфирлер", en: "Live streams", also: ["Эфиры", "Live", "live_streams"] },
  lastLiveAt: { ru: "Последний эфир", kk: "Соңғы эфир", en: "Last live stream", also: ["Last live", "last_live_at"] },
  personalStories: { ru: "Личное в историях", kk: "Стористегі жеке өмір", en: "Personal stories", also: ["Личные истории", "Актуальное", "personal_stories"] },
  likesLevel: { ru: "Лайки", kk: "Лайктар", en: "Likes", also: ["Лайков", "likes_level"] },
  // A column only a reporter's deliberate choice fills; the public exports' own column name reads back into it.
  publicNote: {
    ru: "Публичная заметка",
    kk: "Жария ескертпе",
    en: "Public note",
    also: ["Заметка для читателей", "Опубликованная заметка", "Оқырмандарға ескертпе", "Published note", "public_note"],
  },
  // Notes, comments and descriptions of any name are the newsroom's own until someone says otherwise (house rule 20).
  internalNote: {
    ru: "Внутренняя заметка",
    kk: "Ішкі ескертпе",
    en: "Internal note",
    also: [
      "Заметки",
      "Заметка",
      "Примечание",
      "Примечания",
      "Комментарий",
      "Описание",
      "Ескертпелер",
      "Ескертпе",
      "Түсініктеме",
      "Notes",
      "Note",
      "Comment",
      "internal_note",
      "notes",
    ],
  },
  evidenceLinks: {
    ru: "Источники",
    kk: "Дереккөздер",
    en: "Sources",
    also: ["Источник", "Ссылки на источники", "Скриншоты", "Дереккөз", "Evidence", "Source", "Source URLs", "source_urls"],
  },
} satisfies Record<string, FieldSpec>;

export type RegistryField = keyof typeof REGISTRY;
export type ObservationImportField = keyof typeof OBSERVATIONS;
export type ImportField = RegistryField | ObservationImportField;

export const IMPORT_FIELD_SPECS: { [K in ImportKind]: Record<string, FieldSpec> } = { REGISTRY, OBSERVATIONS };

/** The fields of a kind, in the templates' column order. */
export function importFields(kind: ImportKind): ImportField[] {
  return Object.keys(IMPORT_FIELD_SPECS[kind]) as ImportField[];
}

/** A mapping is usable when these are among its columns. */
export const REQUIRED_FIELDS: { [K in ImportKind]: ImportField[][] } = {
  // Each inner list: at least one of them.
  REGISTRY: [["fullName", "akimat"]],
  OBSERVATIONS: [["fullName"], ["platform"], ["observedAt"]],
};

/** A column's name in a template of the given language. */
export function columnName(kind: ImportKind, field: ImportField, language: ColumnLanguage): string {
  return IMPORT_FIELD_SPECS[kind][field]![language];
}

/** Every name a column of this field may carry, best first (a template's own names before the others). */
export function columnNames(kind: ImportKind, field: ImportField): string[] {
  const spec = IMPORT_FIELD_SPECS[kind][field]!;
  return [...(spec.prefer ?? []), spec.ru, spec.kk, spec.en, ...(spec.also ?? []), field];
}
