/**
 * Name parts for generated officials, in Cyrillic with their Latin transliteration (so that search by
 * "Zhumagulov"-style input has something to find). Surnames are given in the masculine; the feminine adds
 * "-а" / "-a", as Russian-style Kazakh surnames in -ов, -ев, -ин do.
 */
export const MALE_FIRST_NAMES: [string, string][] = [
  ["Айдар", "Aidar"], ["Асхат", "Askhat"], ["Бауыржан", "Bauyrzhan"], ["Берик", "Berik"], ["Галым", "Galym"],
  ["Ерлан", "Yerlan"], ["Ержан", "Yerzhan"], ["Жандос", "Zhandos"], ["Нурлан", "Nurlan"], ["Кайрат", "Kairat"],
  ["Марат", "Marat"], ["Мурат", "Murat"], ["Нурсултан", "Nursultan"], ["Серик", "Serik"], ["Талгат", "Talgat"],
  ["Тимур", "Timur"], ["Дархан", "Darkhan"], ["Даурен", "Dauren"], ["Арман", "Arman"], ["Ринат", "Rinat"],
  ["Бахытжан", "Bakhytzhan"], ["Азамат", "Azamat"], ["Алмас", "Almas"], ["Ербол", "Yerbol"], ["Руслан", "Ruslan"],
  ["Канат", "Kanat"], ["Самат", "Samat"], ["Олжас", "Olzhas"], ["Әділ", "Adil"], ["Ғалымжан", "Galymzhan"],
];

export const FEMALE_FIRST_NAMES: [string, string][] = [
  ["Айгуль", "Aigul"], ["Асель", "Assel"], ["Гульнара", "Gulnara"], ["Динара", "Dinara"], ["Жанар", "Zhanar"],
  ["Сауле", "Saule"], ["Мадина", "Madina"], ["Салтанат", "Saltanat"], ["Айжан", "Aizhan"], ["Эльмира", "Elmira"],
  ["Карлыгаш", "Karlygash"], ["Бибигуль", "Bibigul"], ["Жулдыз", "Zhuldyz"], ["Алия", "Aliya"], ["Ақмарал", "Akmaral"],
];

export const SURNAMES: [string, string][] = [
  ["Абдрахманов", "Abdrakhmanov"], ["Ахметов", "Akhmetov"], ["Байжанов", "Baizhanov"], ["Бекмухамбетов", "Bekmukhambetov"],
  ["Джаксыбеков", "Dzhaksybekov"], ["Ергалиев", "Yergaliyev"], ["Жакупов", "Zhakupov"], ["Жумабаев", "Zhumabayev"],
  ["Иманбаев", "Imanbayev"], ["Кабдулов", "Kabdulov"], ["Касымов", "Kassymov"], ["Кенжебаев", "Kenzhebayev"],
  ["Мусин", "Mussin"], ["Нургалиев", "Nurgaliyev"], ["Оспанов", "Ospanov"], ["Сагинтаев", "Sagintayev"],
  ["Сарсенбаев", "Sarsenbayev"], ["Смагулов", "Smagulov"], ["Сулейменов", "Suleimenov"], ["Тасмагамбетов", "Tasmagambetov"],
  ["Токаев", "Tokayev"], ["Утемисов", "Utemissov"], ["Шарипов", "Sharipov"], ["Есенов", "Yessenov"],
  ["Омаров", "Omarov"], ["Рахимов", "Rakhimov"], ["Мухамеджанов", "Mukhamedzhanov"], ["Нұрланов", "Nurlanov"],
  ["Ибраев", "Ibrayev"], ["Бектұров", "Bekturov"], ["Дюсенов", "Dyussenov"], ["Карабаев", "Karabayev"],
];

export const PORTFOLIOS = [
  "строительство и оперативные вопросы",
  "экономика, предпринимательство, сельское хозяйство и ветеринария",
  "социальная сфера",
  "жилищно-коммунальное хозяйство и транспорт",
  "цифровизация и государственные услуги",
  "образование, здравоохранение и спорт",
  "промышленность, энергетика и недропользование",
  "внутренняя политика и общественное развитие",
];
