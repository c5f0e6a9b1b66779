// Word, name and people pools the synthetic anime are drawn from. Every genre is in MAL's table (jikan.genres.ts)
// and every tag in the AniDB fake's tag table, so each platform renders them as it does the fixture's.
import type { FixtureCompany, FixturePerson, FixtureStream, FixtureStudio } from './fixture-types.js';

type Gender = 'male' | 'female';

export const FAMILIES: readonly [string, string][] = [
  ['Aoyama', '青山'],
  ['Fujimoto', '藤本'],
  ['Hayase', '早瀬'],
  ['Ishida', '石田'],
  ['Kagami', '各務'],
  ['Kirishima', '霧島'],
  ['Minase', '水瀬'],
  ['Morimoto', '森本'],
  ['Nanase', '七瀬'],
  ['Okabe', '岡部'],
  ['Sakuma', '佐久間'],
  ['Shiraishi', '白石'],
  ['Takamura', '高村'],
  ['Tsukishima', '月島'],
  ['Yagami', '八神'],
  ['Yoshino', '吉野'],
];

export const GIVEN: readonly [string, string, Gender][] = [
  ['Haruto', '陽翔', 'male'],
  ['Ren', '蓮', 'male'],
  ['Sora', '空', 'male'],
  ['Kaito', '海斗', 'male'],
  ['Souta', '蒼太', 'male'],
  ['Itsuki', '樹', 'male'],
  ['Riku', '陸', 'male'],
  ['Yuuma', '悠真', 'male'],
  ['Hina', '陽菜', 'female'],
  ['Mio', '澪', 'female'],
  ['Aoi', '葵', 'female'],
  ['Yui', '結衣', 'female'],
  ['Sakura', 'さくら', 'female'],
  ['Rin', '凛', 'female'],
  ['Kaede', '楓', 'female'],
  ['Tsumugi', '紬', 'female'],
];

// Synthetic people carry ids far above any fixture person's, the same number on every platform.
const personIds = (n: number) => ({ mal: n, anilist: n, kitsu: n, anidb: n });
const jp = (n: number, given: string, family: string, native: string, gender: Gender): FixturePerson => ({
  name: { given, family, native, japanese: true },
  ids: personIds(30_000_000 + n),
  gender,
});
const west = (n: number, given: string, family: string, gender: Gender): FixturePerson => ({
  name: { given, family },
  ids: personIds(30_000_000 + n),
  gender,
});

export const SEIYUU: readonly FixturePerson[] = [
  jp(1, 'Haruka', 'Amano', '天野遥', 'female'),
  jp(2, 'Kenta', 'Ishikawa', '石川健太', 'male'),
  jp(3, 'Misaki', 'Ueda', '上田美咲', 'female'),
  jp(4, 'Daisuke', 'Onodera', '小野寺大輔', 'male'),
  jp(5, 'Ayane', 'Kurosawa', '黒沢彩音', 'female'),
  jp(6, 'Takumi', 'Saeki', '佐伯拓海', 'male'),
  jp(7, 'Nao', 'Shimizu', '清水奈央', 'female'),
  jp(8, 'Shouta', 'Tachibana', '橘翔太', 'male'),
  jp(9, 'Yuka', 'Nishimura', '西村由佳', 'female'),
  jp(10, 'Ryouta', 'Hoshino', '星野涼太', 'male'),
  jp(11, 'Erika', 'Matsuda', '松田恵梨香', 'female'),
  jp(12, 'Kouki', 'Yamazaki', '山崎光輝', 'male'),
  jp(13, 'Chika', 'Igarashi', '五十嵐千佳', 'female'),
  jp(14, 'Masato', 'Kanzaki', '神崎真人', 'male'),
  jp(15, 'Sayaka', 'Mochizuki', '望月沙耶香', 'female'),
  jp(16, 'Yuuto', 'Harada', '原田悠斗', 'male'),
];

export const DUB_ACTORS: readonly FixturePerson[] = [
  west(101, 'Rachel', 'Hartley', 'female'),
  west(102, 'Marcus', 'Bell', 'male'),
  west(103, 'Allison', 'Greer', 'female'),
  west(104, 'Derek', 'Lowe', 'male'),
  west(105, 'Tessa', 'Morgan', 'female'),
  west(106, 'Caleb', 'Ortiz', 'male'),
];

/** Staff by job, in the order an anime credits them: MAL positions, AniDB creator type, candidates. */
export const JOBS: readonly { positions: string[]; anidbType: string; people: FixturePerson[] }[] = [
  {
    positions: ['Director', 'Storyboard'],
    anidbType: 'Direction',
    people: [
      jp(201, 'Hiroshi', 'Kamiya', '神谷浩', 'male'),
      jp(202, 'Tomoko', 'Arai', '新井智子', 'female'),
      jp(203, 'Satoru', 'Nagai', '永井悟', 'male'),
    ],
  },
  {
    positions: ['Series Composition', 'Script'],
    anidbType: 'Series Composition',
    people: [
      jp(211, 'Michiko', 'Endou', '遠藤美智子', 'female'),
      jp(212, 'Jun', 'Kuroda', '黒田潤', 'male'),
      jp(213, 'Asami', 'Tono', '東野麻美', 'female'),
    ],
  },
  {
    positions: ['Music'],
    anidbType: 'Music',
    people: [
      jp(221, 'Kei', 'Ogura', '小倉圭', 'male'),
      jp(222, 'Natsumi', 'Fuse', '布施夏美', 'female'),
      jp(223, 'Akira', 'Seto', '瀬戸明', 'male'),
    ],
  },
  {
    positions: ['Character Design', 'Chief Animation Director'],
    anidbType: 'Character Design',
    people: [
      jp(231, 'Rie', 'Hamada', '浜田理恵', 'female'),
      jp(232, 'Toshiya', 'Mori', '森俊也', 'male'),
      jp(233, 'Kanako', 'Iwai', '岩井香奈子', 'female'),
    ],
  },
];

export const STUDIOS: readonly FixtureStudio[] = [
  { name: 'Sunrise', ids: { mal: 14, anilist: 14, anidb: 11 } },
  { name: 'Madhouse', ids: { mal: 11, anilist: 11, anidb: 37 } },
  { name: 'Bones', ids: { mal: 4, anilist: 4, anidb: 112 } },
  { name: 'Kyoto Animation', ids: { mal: 2, anilist: 2, anidb: 5 } },
  { name: 'Pierrot', ids: { mal: 1, anilist: 1, anidb: 14 } },
  { name: 'Toei Animation', ids: { mal: 18, anilist: 18, anidb: 10 } },
  { name: 'Production I.G', ids: { mal: 10, anilist: 10, anidb: 15 } },
  { name: 'MAPPA', ids: { mal: 569, anilist: 569, anidb: 6346 } },
];
export const PRODUCERS: readonly FixtureCompany[] = [
  { name: 'Aniplex', mal: 17 },
  { name: 'Bandai Visual', mal: 23 },
  { name: 'Dentsu', mal: 53 },
  { name: 'Pony Canyon', mal: 166 },
  { name: 'Lantis', mal: 104 },
];
export const LICENSORS: readonly FixtureCompany[] = [
  { name: 'Funimation', mal: 102 },
  { name: 'Aniplex of America', mal: 493 },
  { name: 'Sentai Filmworks', mal: 376 },
  { name: 'VIZ Media', mal: 1468 },
];
export const STREAMERS: readonly FixtureStream['name'][] = ['Crunchyroll', 'Netflix', 'HIDIVE', 'Hulu', 'Funimation'];

export const GENRES = [
  'Action',
  'Adventure',
  'Comedy',
  'Drama',
  'Fantasy',
  'Mystery',
  'Romance',
  'Sci-Fi',
  'Slice of Life',
  'Supernatural',
  'Sports',
];
export const THEMES = ['School', 'Space', 'Mecha', 'Military', 'Super Power', 'Adult Cast', 'Music', 'Psychological'];
export const DEMOGRAPHICS: readonly string[][] = [[], ['Shounen'], ['Seinen'], ['Shoujo']];
/** Genre or theme → AniDB tag name (only those the AniDB fake's tag table has). */
export const TAG_OF: Record<string, string> = {
  Action: 'action',
  Adventure: 'adventure',
  Drama: 'drama',
  Fantasy: 'fantasy',
  Romance: 'romance',
  'Sci-Fi': 'science fiction',
  'Slice of Life': 'slice of life',
  School: 'school life',
  Space: 'space',
  Mecha: 'mecha',
  Military: 'military',
  'Super Power': 'super power',
  Shounen: 'shounen',
};

export const ROLES = [
  'a reluctant courier',
  'a disgraced knight',
  'a first-year transfer student',
  'an apprentice cartographer',
  'a washed-up detective',
  'a rookie pilot',
  'a shrine keeper',
  'a street musician',
];
export const HOOKS = [
  'finds a map that redraws itself every night',
  'is hired to guard a city that vanishes at dawn',
  'inherits a debt owed to a sleeping god',
  "hears a radio station that broadcasts tomorrow's news",
  "wakes up with someone else's memories",
  'is drafted into a war nobody remembers starting',
];
export const SETTINGS = [
  'The story is set in a harbour town where the tide never comes back in.',
  'It takes place on a floating archipelago held together by old treaties.',
  'Everything happens in a city whose districts are run by rival guilds.',
  'The world is a frontier colony a long way from any map.',
];
export const TURNS = [
  'learns that the truth has a price',
  'chases a rumour across three seasons',
  'has to choose between an old promise and a new friend',
  'slowly uncovers who arranged it all',
];
export const CLOSERS = [
  'What begins as a job becomes a fight for everyone they love.',
  'Nothing will be the same by the last episode.',
  'Every answer raises a stranger question.',
  'Along the way, the small moments matter as much as the battles.',
];
export const EPISODE_TITLES = ['The Day Everything Started', 'A Promise Under the Rain', 'Strangers at the Gate', 'The Long Way Home'];
export const SONGS = ['Afterglow', 'Paper Lanterns', 'Blue Horizon', 'Signal Fire', 'Glass Garden', 'Night Parade'];
export const ARTISTS = ['LUMINA', 'Sora no Oto', 'Kasumi Ito', 'The Brightlines', 'Minato Shiki'];
export const REVIEW_LINES = [
  'Same kind of found family and a finale that earns its tears.',
  'Both build a strange world slowly and trust the viewer to keep up.',
  'If you liked the soundtrack here, this one is even better.',
  'A similar mix of quiet episodes and sudden, brutal turns.',
];
export const USERS = ['lantern_owl', 'kumo_reader', 'tidewatcher', 'hoshizora88', 'ramen_critic', 'quietfox'];
