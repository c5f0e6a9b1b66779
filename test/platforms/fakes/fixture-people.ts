// People and characters that appear in more than one fixture anime, defined once.
// Ids are plausible, not verified against the live platforms (ids marked "notes" come from the research notes).
import type { EntityIds, FixtureCharacter, FixturePerson } from './fixture-types.js';

const ids = (mal: number, anilist: number, kitsu: number, anidb: number): EntityIds => ({ mal, anilist, kitsu, anidb });

function jp(given: string, family: string | undefined, native: string, i: EntityIds, gender: FixturePerson['gender']): FixturePerson {
  return { name: { given, family, native, japanese: true }, ids: i, gender };
}

function west(given: string, family: string, i: EntityIds, gender: FixturePerson['gender']): FixturePerson {
  return { name: { given, family }, ids: i, gender };
}

function character(
  name: FixtureCharacter['name'],
  i: EntityIds,
  gender: FixtureCharacter['gender'],
  favourites: number,
  description: string,
): FixtureCharacter {
  return { name, ids: i, gender, favourites, description };
}

export const people = {
  yamadera: jp('Kouichi', 'Yamadera', '山寺宏一', ids(11, 95011, 121, 212), 'male'),
  ishizuka: jp('Unshou', 'Ishizuka', '石塚運昇', ids(357, 95357, 133, 339), 'male'),
  hayashibara: jp('Megumi', 'Hayashibara', '林原めぐみ', ids(14, 95014, 9, 13), 'female'),
  tada: jp('Aoi', 'Tada', '多田葵', ids(1212, 96212, 890, 1830), 'female'),
  isobe: jp('Tsutomu', 'Isobe', '磯部勉', ids(1046, 96046, 3344, 4210), 'male'),
  morita: jp('Masakazu', 'Morita', '森田成一', ids(61, 95061, 355, 3070), 'male'),
  orikasa: jp('Fumiko', 'Orikasa', '折笠富美子', ids(87, 95087, 412, 1203), 'female'),
  matsuoka: jp('Yuki', 'Matsuoka', '松岡由貴', ids(172, 95172, 516, 1402), 'female'),
  nakamura: jp('Yuuichi', 'Nakamura', '中村悠一', ids(4145, 95797, 1511, 5263), 'male'),
  nakahara: jp('Mai', 'Nakahara', '中原麻衣', ids(251, 95251, 702, 1590), 'female'),
  hirohashi: jp('Ryou', 'Hirohashi', '広橋涼', ids(429, 95429, 804, 2318), 'female'),
  fukuyama: jp('Jun', 'Fukuyama', '福山潤', ids(185, 95185, 61, 1734), 'male'),
  yukana: jp('Yukana', undefined, 'ゆかな', ids(109, 95109, 490, 1261), 'female'),
  sakurai: jp('Takahiro', 'Sakurai', '櫻井孝宏', ids(65, 95065, 68, 1125), 'male'),
  tanezaki: jp('Atsumi', 'Tanezaki', '種﨑敦美', ids(5412, 112215, 9821, 34126), 'female'), // AniList id: notes
  ichinose: jp('Kana', 'Ichinose', '市ノ瀬加那', ids(51841, 147834, 14722, 70512), 'female'),
  kobayashi: jp('Chiaki', 'Kobayashi', '小林千晃', ids(52405, 151223, 15190, 71934), 'male'),
  tanaka: jp('Mayumi', 'Tanaka', '田中真弓', ids(8, 95008, 48, 31), 'female'),
  nakai: jp('Kazuya', 'Nakai', '中井和哉', ids(9, 95009, 49, 32), 'male'),
  okamura: jp('Akemi', 'Okamura', '岡村明美', ids(10, 95010, 50, 33), 'female'),
  blum: west('Steven', 'Blum', ids(20, 95020, 210, 1014), 'male'),
  lee: west('Wendee', 'Lee', ids(102, 95102, 258, 1490), 'female'),
  bosch: west('Johnny Yong', 'Bosch', ids(75, 95075, 89, 2021), 'male'),
  higgins: west('Kate', 'Higgins', ids(318, 95318, 690, 3327), 'female'), // MAL id: notes
  rodak: west('Mallorie', 'Rodak', ids(53612, 160002, 16034, 78412), 'female'),
  clinkenbeard: west('Colleen', 'Clinkenbeard', ids(1436, 95436, 1120, 6241), 'female'),
  // staff
  watanabe: jp('Shinichirou', 'Watanabe', '渡辺信一郎', ids(2009, 95836, 1100, 59), 'male'),
  kanno: jp('Yoko', 'Kanno', '菅野よう子', ids(1000, 95183, 1101, 60), 'female'),
  nobumoto: jp('Keiko', 'Nobumoto', '信本敬子', ids(2010, 96661, 1102, 61), 'female'),
  kawamoto: jp('Toshihiro', 'Kawamoto', '川元利浩', ids(2011, 96660, 1103, 62), 'male'),
  abe: jp('Noriyuki', 'Abe', '阿部記之', ids(2512, 96574, 2233, 714), 'male'),
  kubo: jp('Tite', 'Kubo', '久保帯人', ids(1880, 96880, 2234, 3081), 'male'),
  sagisu: jp('Shirou', 'Sagisu', '鷺巣詩郎', ids(2030, 96330, 2235, 1007), 'male'),
  ishihara: jp('Tatsuya', 'Ishihara', '石原立也', ids(4014, 97014, 2921, 3398), 'male'),
  maeda: jp('Jun', 'Maeda', '麻枝准', ids(2837, 97837, 2922, 3399), 'male'),
  taniguchi: jp('Gorou', 'Taniguchi', '谷口悟朗', ids(2562, 96562, 2511, 1210), 'male'),
  ookouchi: jp('Ichirou', 'Ookouchi', '大河内一楼', ids(2563, 96563, 2512, 1211), 'male'),
  clamp: jp('CLAMP', undefined, 'CLAMP', ids(1877, 96877, 2513, 1212), 'female'),
  saitou: jp('Keiichirou', 'Saitou', '斎藤圭一郎', ids(47218, 155380, 14801, 61235), 'male'),
  yamada: jp('Kanehito', 'Yamada', '山田鐘人', ids(51842, 122202, 14802, 61236), 'male'), // AniList id: notes
  call: west('Evan', 'Call', ids(43127, 127931, 14803, 58112), 'male'),
  oda: jp('Eiichirou', 'Oda', '尾田栄一郎', ids(1881, 96881, 201, 1202), 'male'),
  uda: jp('Kounosuke', 'Uda', '宇田鋼之介', ids(2650, 96650, 202, 1244), 'male'),
  tanakaKouhei: jp('Kouhei', 'Tanaka', '田中公平', ids(2651, 96651, 203, 1245), 'male'),
} satisfies Record<string, FixturePerson>;

export const characters = {
  spike: character(
    { given: 'Spike', family: 'Spiegel', native: 'スパイク・スピーゲル' },
    ids(1, 1, 2, 121),
    'male',
    48210,
    'A former member of the Red Dragon Syndicate who faked his death and now hunts bounties aboard the Bebop. Laid-back, fearless and haunted by his past with Julia.',
  ),
  jet: character(
    { given: 'Jet', family: 'Black', native: 'ジェット・ブラック' },
    ids(3, 3, 1, 122),
    'male',
    3702, // Kitsu id: notes
    'Owner of the Bebop and a former ISSP officer known as the "Black Dog" for never letting go of a case. He lost his left arm on duty and replaced it with a cybernetic one.',
  ),
  faye: character(
    { given: 'Faye', family: 'Valentine', native: 'フェイ・ヴァレンタイン' },
    ids(2, 2, 3, 123),
    'female',
    9214,
    'A gambler with crushing debts who woke from 54 years of cryogenic sleep with no memory of who she was. She joins the Bebop uninvited.',
  ),
  ed: character(
    { given: 'Edward Wong', family: 'Hau Pepelu Tivrusky IV', native: 'エドワード・ウォン・ハウ・ペペル・チブルスキー4世' },
    ids(16, 16, 4, 124),
    'female',
    4051,
    'A genius hacker girl from Earth who goes by "Radical Edward". She tags along with the crew together with the data dog Ein.',
  ),
  vincent: character(
    { given: 'Vincent', family: 'Volaju', native: 'ヴィンセント・ヴォラージュ' },
    ids(2734, 2734, 6050, 1570),
    'male',
    312,
    'A former soldier of the Titan war, subject of a military nanomachine experiment, who plans to release a deadly virus over Mars on Halloween.',
  ),
  ichigo: character(
    { given: 'Ichigo', family: 'Kurosaki', native: '黒崎一護', japanese: true },
    ids(5, 5, 7, 1320),
    'male',
    25841,
    "A high-school student who can see ghosts. After taking on Rukia's powers he becomes a substitute Soul Reaper.",
  ),
  rukia: character(
    { given: 'Rukia', family: 'Kuchiki', native: '朽木ルキア', japanese: true },
    ids(6, 6, 8, 1321),
    'female',
    8533,
    'A Soul Reaper of the 13th Division who gives most of her power to Ichigo and is left stranded in the human world.',
  ),
  orihime: character(
    { given: 'Orihime', family: 'Inoue', native: '井上織姫', japanese: true },
    ids(8, 8, 10, 1322),
    'female',
    3190,
    "Ichigo's cheerful classmate, whose latent spiritual power awakens as the Shun Shun Rikka.",
  ),
  tomoya: character(
    { given: 'Tomoya', family: 'Okazaki', native: '岡崎朋也', japanese: true },
    ids(4604, 4604, 4212, 9671),
    'male',
    3094,
    'A third-year delinquent who skips class after a shoulder injury ended his basketball career and his father turned to drink.',
  ),
  nagisa: character(
    { given: 'Nagisa', family: 'Furukawa', native: '古河渚', japanese: true },
    ids(4605, 4605, 4213, 9672),
    'female',
    5316,
    'A shy girl repeating her final year after a long illness, who wants to revive the school drama club.',
  ),
  kyou: character(
    { given: 'Kyou', family: 'Fujibayashi', native: '藤林杏', japanese: true },
    ids(4606, 4606, 4214, 9673),
    'female',
    2817,
    "Class representative of the class next to Tomoya's, quick-tempered and fond of throwing dictionaries.",
  ),
  lelouch: character(
    { given: 'Lelouch', family: 'Lamperouge', native: 'ルルーシュ・ランペルージ' },
    ids(417, 417, 1011, 6201),
    'male',
    151042,
    'An exiled Britannian prince who receives the power of Geass and leads the Black Knights as the masked Zero.',
  ),
  cc: character(
    { given: 'C.C.', native: 'C.C.' },
    ids(1111, 1111, 1012, 6202),
    'female',
    52377,
    'An immortal witch who grants Lelouch the power of Geass in exchange for a promise she will not yet explain.',
  ),
  suzaku: character(
    { given: 'Suzaku', family: 'Kururugi', native: '枢木スザク', japanese: true },
    ids(418, 418, 1013, 6203),
    'male',
    4811,
    "Lelouch's childhood friend, son of Japan's last prime minister, who fights to change Britannia from within.",
  ),
  frieren: character(
    { given: 'Frieren', native: 'フリーレン' },
    ids(184947, 176754, 98561, 93417),
    'female',
    40233, // AniList id: notes
    'An elf mage who helped defeat the Demon King. Decades later she sets out to understand the humans she travelled with.',
  ),
  fern: character(
    { given: 'Fern', native: 'フェルン' },
    ids(186216, 176755, 98562, 93418),
    'female',
    12044,
    "A war orphan raised by Heiter who becomes Frieren's apprentice.",
  ),
  stark: character(
    { given: 'Stark', native: 'シュタルク' },
    ids(188176, 176756, 98563, 93419),
    'male',
    3955,
    "Eisen's disciple, a warrior who doubts his own strength.",
  ),
  luffy: character(
    { given: 'Luffy', family: 'Monkey D.', native: 'モンキー・D・ルフィ', japanese: true },
    ids(40, 40, 26, 1610),
    'male',
    110392,
    'Captain of the Straw Hat Pirates. He ate the Gum-Gum Fruit and means to become King of the Pirates.',
  ),
  zoro: character(
    { given: 'Zoro', family: 'Roronoa', native: 'ロロノア・ゾロ', japanese: true },
    ids(62, 62, 27, 1611),
    'male',
    60127,
    'A swordsman using three swords who has sworn to become the greatest swordsman in the world.',
  ),
  nami: character(
    { given: 'Nami', native: 'ナミ' },
    ids(723, 723, 28, 1612),
    'female',
    16408,
    'The navigator of the Straw Hat Pirates, who dreams of drawing a map of the whole world.',
  ),
} satisfies Record<string, FixtureCharacter>;
