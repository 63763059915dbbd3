/**
 * The survey behind Ashyq's demo data: Qazaqstan Media's look at the social-media accounts of the North
 * Kazakhstan region's and Petropavlovsk's akims and deputies (late summer 2024). Figures are as the story
 * reports them; the raw text keeps the story's own wording. The publication is undated, so every
 * observation is dated to 28 August 2024, known only to the month (August 2024). Handles and URLs are not
 * in the story and are not invented here. What the article printed about an account is its public note; the
 * internal note only says how the newsroom entered a figure the article gives loosely.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PositionTitle } from "@/lib/generated/prisma/enums";

export const SURVEY_DATE = new Date("2024-08-28T07:00:00Z"); // 12:00 in Petropavlovsk; only the month is known

/**
 * The survey as wave 1 (docs/decisions/0017-survey-waves.md): the region's and the city's akims and deputies on
 * Instagram and Facebook, in August 2024, closed since. Its window is the month the survey is known to.
 */
export const STORY_WAVE = {
  name: "Август 2024",
  opensOn: new Date("2024-08-01T00:00:00Z"),
  dueOn: new Date("2024-08-31T00:00:00Z"),
  includeDistricts: false,
  platforms: ["INSTAGRAM", "FACEBOOK"],
  methodology:
    "Опрос Qazaqstan Media: аккаунты акима области, акима Петропавловска и их заместителей в Instagram и Facebook. Для каждого — найден ли аккаунт, открыт ли он, число подписчиков или друзей, о чём и когда последний пост; «не найден» — тоже результат.",
  closedAt: new Date("2024-09-01T00:00:00Z"),
} as const satisfies Omit<Prisma.WaveCreateInput, "akimats">;

type StoryObservation = Omit<Prisma.ObservationUncheckedCreateInput, "officialId" | "authorId" | "accountId" | "platform" | "observedAt">;
type StoryAccount = Omit<Prisma.AccountUncheckedCreateInput, "officialId"> & { observation: StoryObservation };
type StoryOfficial = {
  fullName: string;
  fullNameLatin: string;
  akimat: "sko" | "petropavlovsk";
  title: PositionTitle;
  portfolio?: string;
  startedOn?: Date;
  earlier?: { akimat: "nura"; title: PositionTitle };
  accounts: StoryAccount[];
  /** Platforms searched without finding anything. */
  notFoundOn?: StoryAccount["platform"][];
};

export const STORY_AKIMATS = {
  sko: {
    slug: "sko",
    name: "Акимат Северо-Казахстанской области",
    nameKk: "Солтүстік Қазақстан облысының әкімдігі",
    nameEn: "North Kazakhstan Region Akimat",
    level: "REGION",
  },
  petropavlovsk: {
    slug: "petropavlovsk",
    name: "Акимат города Петропавловска",
    nameKk: "Петропавл қаласының әкімдігі",
    nameEn: "Petropavlovsk City Akimat",
    level: "CITY",
  },
  nura: {
    slug: "astana-nura",
    name: "Акимат района «Нура» города Астаны",
    nameKk: "Астана қаласы «Нұра» ауданының әкімдігі",
    nameEn: "Nura District Akimat, Astana",
    level: "DISTRICT",
  },
} as const;

const found = (observation: Omit<StoryObservation, "existence">): StoryObservation => ({ ...observation, existence: "FOUND" });

export const STORY_OFFICIALS: StoryOfficial[] = [
  {
    fullName: "Гауез Нурмухамбетов",
    fullNameLatin: "Gauez Nurmukhambetov",
    akimat: "sko",
    title: "AKIM",
    accounts: [
      {
        platform: "INSTAGRAM",
        observation: found({
          visibility: "PUBLIC",
          followersRaw: "3 517",
          followers: 3517,
          contentKinds: ["OFFICIAL_WORK"],
          likesLevel: "FEW",
          publicNote: "Только рабочие моменты в строгом деловом стиле: урожай, ремонт домов, пострадавших от паводка. Посты собирают мало лайков.",
        }),
      },
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        observation: found({
          visibility: "PUBLIC",
          followersRaw: "2,6 тысяч",
          followers: 2600,
          followersApproximate: true,
          contentKinds: ["OFFICIAL_WORK"],
          likesLevel: "FEW",
        }),
      },
    ],
  },
  {
    fullName: "Жусуп Жумагулов",
    fullNameLatin: "Zhusup Zhumagulov",
    akimat: "sko",
    title: "DEPUTY_AKIM",
    earlier: { akimat: "nura", title: "AKIM" },
    accounts: [
      {
        platform: "INSTAGRAM",
        observation: found({
          visibility: "PUBLIC",
          followersRaw: "около 10 тысяч",
          followers: 10000,
          followersApproximate: true,
          contentKinds: ["OFFICIAL_WORK", "PERSONAL_LIFE", "FAMILY"],
          personalStories: true,
          commentsOpen: true,
          replies: "REGULARLY",
          publicNote:
            "Недавно назначен. В «актуальном» — личные моменты: семья, двое детей; площадь перед акиматом («конец первой рабочей недели»), стройка школы в микрорайоне Бірлік.\nНа комментарии отвечает сам или просит написать в личные сообщения.",
        }),
      },
    ],
  },
  {
    fullName: "Рустем Курманов",
    fullNameLatin: "Rustem Kurmanov",
    akimat: "sko",
    title: "DEPUTY_AKIM",
    accounts: [
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        observation: found({
          visibility: "PUBLIC",
          friendsRaw: "316",
          friends: 316,
          contentKinds: [],
          publicNote: "Собственных текстов и фотографий нет, его только отмечают другие. Похоже на недействующую страницу или аккаунт для наблюдения.",
        }),
      },
    ],
  },
  {
    fullName: "Канат Дузелбаев",
    fullNameLatin: "Kanat Duzelbayev",
    akimat: "sko",
    title: "DEPUTY_AKIM",
    accounts: [
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        observation: found({
          visibility: "PUBLIC",
          friendsRaw: "почти пять тысяч",
          friends: 5000,
          friendsApproximate: true,
          contentKinds: [],
          // The story says only "last tagged in 2021": a date known to the year, kept as its last day (decision 0015).
          lastPostAt: new Date("2021-12-31T00:00:00Z"),
          lastPostAtPrecision: "YEAR",
          publicNote: "Личных публикаций нет. Последний раз его отмечали в 2021 году (точная дата неизвестна). Скорее всего, страница заброшена.",
          internalNote:
            "В статье только год последней отметки; дата последней публикации записана с точностью до года (для активности считается 31 декабря 2021 года, самая поздняя из возможных).",
        }),
      },
    ],
  },
  {
    fullName: "Марат Тасмаганбетов",
    fullNameLatin: "Marat Tasmaganbetov",
    akimat: "sko",
    title: "FIRST_DEPUTY_AKIM",
    startedOn: new Date("2019-03-01T00:00:00Z"),
    accounts: [],
    notFoundOn: ["INSTAGRAM", "FACEBOOK"],
  },
  {
    fullName: "Руслан Алишев",
    fullNameLatin: "Ruslan Alishev",
    akimat: "sko",
    title: "CHIEF_OF_STAFF",
    accounts: [
      {
        platform: "INSTAGRAM",
        observation: found({
          visibility: "PUBLIC",
          followersRaw: "свыше 4,3 тысяч",
          followers: 4300,
          followersApproximate: true,
          contentKinds: ["REPOSTS", "OFFICIAL_WORK", "FAMILY"],
          publicNote: "Активен. Редко — личное (фото жены и детей); в основном репосты со страницы акима области и новостных сайтов.",
        }),
      },
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        observation: found({ visibility: "PUBLIC", contentKinds: ["REPOSTS", "OFFICIAL_WORK"] }),
      },
    ],
  },
  {
    fullName: "Серик Мухамедиев",
    fullNameLatin: "Serik Mukhamediyev",
    akimat: "petropavlovsk",
    title: "AKIM",
    accounts: [
      {
        platform: "INSTAGRAM",
        observation: found({
          visibility: "PUBLIC",
          followersRaw: "без малого 2,4 тысячи",
          followers: 2400,
          followersApproximate: true,
          lastPostAt: new Date("2024-08-26T00:00:00Z"),
          contentKinds: ["OFFICIAL_WORK"],
          liveStreams: true,
          publicNote: "Посты по мере событий; последний — 26 августа, с отчётной встречи с жителями. Регулярно выходит в прямые эфиры.",
        }),
      },
    ],
  },
  {
    fullName: "Ержан Мустафин",
    fullNameLatin: "Yerzhan Mustafin",
    akimat: "petropavlovsk",
    title: "DEPUTY_AKIM",
    portfolio: "строительство и оперативные вопросы",
    accounts: [
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        observation: found({
          visibility: "PUBLIC",
          followersRaw: "1 037",
          followers: 1037,
          contentKinds: ["REPOSTS"],
          publicNote: "В основном репосты со страниц, связанных с областным или городским управлением.",
        }),
      },
      {
        platform: "INSTAGRAM",
        observation: found({
          visibility: "CLOSED",
          followersRaw: "506",
          followers: 506,
          followingRaw: "739",
          following: 739,
          postsRaw: "13",
          posts: 13,
          publicNote: "Закрытый аккаунт: подписок больше, чем подписчиков (739 против 506).",
        }),
      },
    ],
  },
  {
    fullName: "Сания Смаилова",
    fullNameLatin: "Saniya Smailova",
    akimat: "petropavlovsk",
    title: "DEPUTY_AKIM",
    portfolio: "экономика, предпринимательство, сельское хозяйство и ветеринария",
    accounts: [
      {
        platform: "INSTAGRAM",
        observation: found({
          visibility: "CLOSED",
          hasAvatar: false,
          attribution: "UNCERTAIN",
          attributionNote: "Косвенный признак: среди подписчиков — управление ветеринарии СКО, которое она курирует.",
          publicNote: "Единственный аккаунт под её именем. Информация доступна только подписчикам, аватарки нет.",
        }),
      },
    ],
  },
  {
    fullName: "Калия Туренова",
    fullNameLatin: "Kaliya Turenova",
    akimat: "petropavlovsk",
    title: "DEPUTY_AKIM",
    portfolio: "социальная сфера",
    accounts: [
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        label: "Страница 1",
        observation: found({
          visibility: "PUBLIC",
          lastPostAt: new Date("2023-08-17T00:00:00Z"),
          contentKinds: ["OFFICIAL_WORK"],
          publicNote:
            "Создана давно. Последняя публикация — 17 августа 2023 года, о личном приёме граждан. О медали «Ерең еңбегі үшін» за работу во время паводка — ничего.",
        }),
      },
      {
        platform: "FACEBOOK",
        kind: "PERSONAL_PROFILE",
        label: "Страница 2",
        observation: found({ visibility: "PUBLIC", contentKinds: ["OFFICIAL_WORK"], publicNote: "Вторая страница, также созданная давно." }),
      },
      {
        platform: "INSTAGRAM",
        observation: found({ visibility: "CLOSED", hasAvatar: true, publicNote: "На аватарке улыбающаяся Калия Туренова; страница закрыта." }),
      },
    ],
  },
];
