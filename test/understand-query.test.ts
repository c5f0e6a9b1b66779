import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seasonAt } from '../subgraphs/catalog/understand/time-rules.js';
import { validEntries, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;

// Studios the fixture's anime lack (ufotable, Kyoto Animation) and tags it lacks (isekai, harem).
function extraEntry(malId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { ...validEntries()[0], sources: [`https://myanimelist.net/anime/${malId}`], synonyms: [], relatedAnime: [], ...fields };
}
const EXTRA = [
  extraEntry('10087', {
    title: 'Fate/Zero',
    studios: ['ufotable'],
    tags: ['action', 'fantasy', 'supernatural', 'dark fantasy', 'war'],
    animeSeason: { season: 'FALL', year: 2011 },
  }),
  extraEntry('5680', {
    title: 'K-On!',
    studios: ['kyoto animation'],
    tags: ['music', 'school', 'comedy', 'cute girls doing cute things', 'slice of life', 'iyashikei'],
    animeSeason: { season: 'SPRING', year: 2009 },
  }),
  extraEntry('31240', {
    title: 'Re:Zero kara Hajimeru Isekai Seikatsu',
    synonyms: ['Re:Zero - Starting Life in Another World'],
    tags: ['isekai', 'fantasy', 'drama', 'harem', 'ecchi', 'psychological'],
    animeSeason: { season: 'SPRING', year: 2016 },
  }),
  // Titles with numbers in them, and a sequel named by its season.
  extraEntry('41457', { title: '86', synonyms: ['86 Eighty-Six', 'Eighty Six'], tags: ['military', 'mecha', 'drama'] }),
  extraEntry('52588', { title: 'Kaijuu 8-gou', synonyms: ['Kaiju No. 8', 'Kaiju No.8'], tags: ['action', 'kaiju', 'sci-fi'] }),
  extraEntry('30484', { title: 'Steins;Gate 0', synonyms: ['Steins Gate 0', 'Steins;Gate Zero'], tags: ['sci-fi', 'thriller', 'drama'] }),
  extraEntry('59978', { title: 'Sousou no Frieren 2nd Season', tags: ['adventure', 'fantasy', 'drama'] }),
];

beforeAll(async () => {
  t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog({ entries: EXTRA, synopses: {} }).catalogPath });
});
afterAll(() => t.close());

const UNDERSTAND = `query Understand($text: String!) {
  understandQuery(text: $text) {
    intent text similarTo { id title words } years { from to } season { year season } types tagsInclude tagsExclude
    tagWeights { tag weight words } episodes { min max } studios minScore status timezone reasons
  }
}`;

async function understand(text: string): Promise<Record<string, any>> {
  const { body } = await t.gql(UNDERSTAND, { text });
  expect(body.errors).toBeUndefined();
  return body.data.understandQuery;
}

const AOT = { id: 'mal-16498', title: 'Shingeki no Kyojin' };
const now = new Date();
const year = now.getUTCFullYear();
const current = seasonAt(now);

// Each phrasing with the parameters it must yield (only the parts that matter for it).
const CASES: [string, Record<string, unknown>][] = [
  // the example
  [
    'dark military anime like Attack on Titan from the 2010s, not too long',
    {
      intent: 'SIMILAR',
      similarTo: [AOT],
      years: { from: 2010, to: 2019 },
      episodes: { max: 26 },
      tagsInclude: expect.arrayContaining(['military', 'dark fantasy']),
    },
  ],
  // similar: title references, typos included
  ['like Atack on Titan', { intent: 'SIMILAR', similarTo: [AOT] }],
  ['anime similar to attack on titan', { intent: 'SIMILAR', similarTo: [AOT] }],
  ['something like Deth Note', { intent: 'SIMILAR', similarTo: [{ id: 'mal-1535' }] }],
  ['shows like death note but funnier', { intent: 'SIMILAR', similarTo: [{ id: 'mal-1535' }], types: ['TV'], text: 'funnier' }],
  ['any anime in the vein of Cowboy Bebop?', { intent: 'SIMILAR', similarTo: [{ id: 'mal-1' }] }],
  ['more like Fullmetal Alchemst Brotherhood pls', { intent: 'SIMILAR', similarTo: [{ id: 'mal-5114' }] }],
  ['stuff that reminds me of Mushishi', { intent: 'SIMILAR', similarTo: [{ id: 'mal-457' }] }],
  ['movies like Spirited Away', { intent: 'SIMILAR', similarTo: [{ id: 'mal-199' }], types: ['MOVIE'] }],
  ['anime like Frieren from 2020 onwards', { intent: 'SIMILAR', similarTo: [{ id: 'mal-52991' }], years: { from: 2020 } }],
  ['same vibe as yuru camp but not slice of life', { intent: 'SIMILAR', similarTo: [{ id: 'mal-34798' }], tagsExclude: ['slice of life'] }],
  ['i would like a dark anime', { intent: 'SEARCH', similarTo: [], tagsInclude: expect.arrayContaining(['dark fantasy']) }],
  // recommendations
  ['if I liked Naruto and Bleach', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-20' }, { id: 'mal-269' }] }],
  ['I loved Steins;Gate, what next?', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-9253' }] }],
  [
    'i enjoyed clannad, mushishi and violet evergarden',
    { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-2167' }, { id: 'mal-457' }, { id: 'mal-33352' }] },
  ],
  [
    'since i really liked vinland saga and mononoke hime, what should i watch',
    { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-37521' }, { id: 'mal-164' }] },
  ],
  ['fans of Code Geass', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-1575' }] }],
  ['anime like Made in Abyss and Mob Psycho 100', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-34599' }, { id: 'mal-32182' }] }],
  ['i liked naurto and one pice', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-20' }, { id: 'mal-21' }] }],
  // details
  ['tell me about Cowboy Bebop', { intent: 'DETAILS', similarTo: [{ id: 'mal-1' }] }],
  ['details of Neon Genesis Evangelion', { intent: 'DETAILS', similarTo: [{ id: 'mal-30' }] }],
  ['what is Frieren about?', { intent: 'DETAILS', similarTo: [{ id: 'mal-52991' }] }],
  ['info on gurren lagann', { intent: 'DETAILS', similarTo: [{ id: 'mal-2001' }] }],
  ["what's kimi no na wa", { intent: 'DETAILS', similarTo: [{ id: 'mal-32281' }] }],
  // schedule
  ['what airs tonight', { intent: 'SCHEDULE', similarTo: [] }],
  ["what's on tonight in JST", { intent: 'SCHEDULE', timezone: 'Asia/Tokyo' }],
  ['when is the next episode of One Piece', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-21' }] }],
  ['when does one peice air', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-21' }] }],
  ['one piece next episode', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-21' }] }],
  ['airing schedule for this week in Europe/Berlin', { intent: 'SCHEDULE', timezone: 'Europe/Berlin' }],
  ['anything airing today?', { intent: 'SCHEDULE' }],
  // compare ratings
  ['how do MAL and AniList rate Steins;Gate', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-9253' }] }],
  ['compare ratings of death note on myanimelist vs anilist', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-1535' }] }],
  ['Hunter x Hunter score on MAL versus Kitsu', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-11061' }] }],
  ['what does anilist rate clannad after story', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-4181' }] }],
  // top, random
  ['top anime of 2020', { intent: 'TOP', years: { from: 2020, to: 2020 } }],
  ['top 10 mecha of all time', { intent: 'TOP', tagsInclude: ['mecha'] }],
  ['most popular romance movies', { intent: 'TOP', tagsInclude: ['romance'], types: ['MOVIE'] }],
  ['random anime', { intent: 'RANDOM' }],
  ['surprise me with a random comedy', { intent: 'RANDOM', tagsInclude: ['comedy'] }],
  ["pick something for me, i'm feeling lucky", { intent: 'RANDOM' }],
  // seasons
  ['summer 2024 anime', { intent: 'SEASONAL', season: { year: 2024, season: 'SUMMER' } }],
  ['winter 2023', { intent: 'SEASONAL', season: { year: 2023, season: 'WINTER' } }],
  ['anime from fall of 2019', { intent: 'SEASONAL', season: { year: 2019, season: 'FALL' } }],
  ['2022 spring shows', { intent: 'SEASONAL', season: { year: 2022, season: 'SPRING' }, types: ['TV'] }],
  ['what is airing this season', { intent: 'SEASONAL', season: current, status: ['ONGOING'] }],
  ['this season anime', { intent: 'SEASONAL', season: current }],
  ['autumn 2021 anime', { intent: 'SEASONAL', season: { year: 2021, season: 'FALL' } }],
  // years
  ['90s anime', { intent: 'SEARCH', years: { from: 1990, to: 1999 } }],
  ["mecha from the 80's", { years: { from: 1980, to: 1989 }, tagsInclude: ['mecha'] }],
  ['late 90s sci-fi', { years: { from: 1996, to: 1999 }, tagsInclude: ['sci-fi'] }],
  ['2010ish school anime', { years: { from: 2008, to: 2012 }, tagsInclude: ['school'] }],
  ['something around 2005', { years: { from: 2003, to: 2007 } }],
  ['recent fantasy', { years: { from: year - 3 }, tagsInclude: ['fantasy'] }],
  ['latest anime with magic', { years: { from: year - 3 }, tagsInclude: ['magic'] }],
  ['old school space opera', { years: { to: 1999 }, tagsInclude: ['space'], text: 'opera' }],
  ['classic horror', { years: { to: 1999 }, tagsInclude: ['horror'] }],
  ['anime from my childhood', { years: { from: 1990, to: 2010 } }],
  ['shows from my childhood, I was born in 1995', { years: { from: 2003, to: 2011 } }],
  ["nostalgic anime, i'm 30", { years: { from: year - 30 + 8, to: year - 30 + 16 } }],
  ['from 2015 to 2018', { years: { from: 2015, to: 2018 } }],
  ['between 2001 and 2004 adventure', { years: { from: 2001, to: 2004 }, tagsInclude: ['adventure'] }],
  ['before 2000', { years: { to: 1999 } }],
  ['drama after 2015', { years: { from: 2016 }, tagsInclude: ['drama'] }],
  ['since 2019', { years: { from: 2019 } }],
  ['anime released in 2011', { years: { from: 2011, to: 2011 } }],
  // type and length
  ['romance movies', { types: ['MOVIE'], tagsInclude: ['romance'] }],
  ['a good film for tonight', { types: ['MOVIE'] }],
  ['OVAs with mecha', { types: ['OVA'], tagsInclude: ['mecha'] }],
  ['a comedy series', { types: ['TV'], tagsInclude: ['comedy'] }],
  ['show me some tv shows about music', { types: ['TV'], tagsInclude: ['music'] }],
  ['short comedy', { episodes: { max: 13 }, tagsInclude: ['comedy'] }],
  ['under 13 episodes', { episodes: { max: 12 } }],
  ['at most 24 eps', { episodes: { max: 24 } }],
  ['more than 100 episodes', { episodes: { min: 101 } }],
  ['long running shounen', { episodes: { min: 50 }, tagsInclude: ['shounen'] }],
  ['long-running adventure series', { episodes: { min: 50 }, types: ['TV'] }],
  ['something not too long', { episodes: { max: 26 } }],
  ['12 episodes', { episodes: { min: 12, max: 12 } }],
  // exclusions
  ['fantasy but not isekai', { tagsInclude: ['fantasy'], tagsExclude: ['isekai'] }],
  ['no romance', { tagsExclude: ['romance'], tagsInclude: [] }],
  ['action without ecchi', { tagsInclude: ['action'], tagsExclude: ['ecchi'] }],
  ['school anime, no harem or ecchi please', { tagsInclude: ['school'], tagsExclude: ['harem', 'ecchi'] }],
  ['non-isekai fantasy', { tagsExclude: ['isekai'], tagsInclude: ['fantasy'] }],
  ['nothing too dark', { tagsExclude: ['dark fantasy'] }],
  // tags and descriptors
  ['wholesome slice of life', { tagsInclude: expect.arrayContaining(['slice of life', 'iyashikei']) }],
  ['cozy camping anime', { tagsInclude: expect.arrayContaining(['camping', 'iyashikei']) }],
  ['funny psychological thrillers', { tagsInclude: expect.arrayContaining(['comedy', 'psychological', 'thriller']) }],
  ['post apocalyptic survival', { tagsInclude: expect.arrayContaining(['post-apocalyptic', 'survival']) }],
  ['sad anime that will make me cry', { tagsInclude: expect.arrayContaining(['tragedy', 'drama']) }],
  ['anime about exorcisms and swordplay', { tagsInclude: expect.arrayContaining(['exorcism', 'swordplay']) }],
  ['pirates and treasure hunting', { tagsInclude: expect.arrayContaining(['adventure', 'treasure hunting']) }],
  // studios
  ['something by ufotable', { studios: ['ufotable'] }],
  ['anime made by Kyoto Animation', { studios: ['kyoto animation'] }],
  ['from studio Madhouse', { studios: ['madhouse'] }],
  ['ghibli movies', { studios: ['studio ghibli'], types: ['MOVIE'] }],
  ['mecha by sunrise', { studios: ['sunrise'], tagsInclude: ['mecha'] }],
  // score
  ['highly rated romance', { minScore: 8, tagsInclude: ['romance'] }],
  ['the best isekai', { minScore: 8, tagsInclude: ['isekai'] }],
  ['sci-fi above 8', { minScore: 8 }],
  ['rated at least 7.5', { minScore: 7.5 }],
  ['with a score over 8.5', { minScore: 8.5 }],
  ['7+ rating horror', { minScore: 7, tagsInclude: ['horror'] }],
  // status
  ['fantasy airing now', { status: ['ONGOING'] }],
  ['ongoing shounen', { status: ['ONGOING'], tagsInclude: ['shounen'] }],
  ['finished series only', { status: ['FINISHED'], types: ['TV'] }],
  ['completed mecha', { status: ['FINISHED'], tagsInclude: ['mecha'] }],
  ['upcoming anime', { status: ['UPCOMING'] }],
  ['what is coming soon', { status: ['UPCOMING'] }],
  // superlatives: a top list of highly rated anime
  ['best anime of 2020', { intent: 'TOP', years: { from: 2020, to: 2020 }, minScore: 8 }],
  ['Top Rated movies from 2015', { intent: 'TOP', types: ['MOVIE'], years: { from: 2015, to: 2015 }, minScore: 8 }],
  ['greatest mecha of all time', { intent: 'TOP', tagsInclude: ['mecha'], minScore: 8 }],
  ['the very best romance anime ever', { intent: 'TOP', tagsInclude: ['romance'], minScore: 8, text: null }],
  ['highest-rated OVAs', { intent: 'TOP', types: ['OVA'], minScore: 8, text: null }],
  // numbers in titles stay in the title; numbers outside one are still years
  ['when is the next episode of Kaiju No. 8', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-52588' }], text: null }],
  ['anime like 86', { intent: 'SIMILAR', similarTo: [{ id: 'mal-41457' }] }],
  ['shows like Steins;Gate 0', { intent: 'SIMILAR', similarTo: [{ id: 'mal-30484' }], types: ['TV'] }],
  ['something like hunter x hunter 2011 but darker', { intent: 'SIMILAR', similarTo: [{ id: 'mal-11061' }], years: null }],
  ['like Huntr x Hunter 2011', { intent: 'SIMILAR', similarTo: [{ id: 'mal-11061' }], years: null }],
  ['how do MAL and AniList rate hunter x hunter 2011', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-11061' }], years: null }],
  ['mecha from 2008', { years: { from: 2008, to: 2008 }, tagsInclude: ['mecha'], similarTo: [] }],
  ['When will Frieren season 2 air?', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-59978' }], text: null }],
  // music videos: the catalog has no MUSIC type, only the tag
  ['music videos', { tagsInclude: ['music'], types: [], text: null }],
  ['Music clips from the 2000s', { tagsInclude: ['music'], types: [], years: { from: 2000, to: 2009 } }],
  // names that name no anime stay words to search, with a reason
  ['like Xyzzyqwe Chronicles', { intent: 'SEARCH', similarTo: [], text: 'xyzzyqwe chronicles' }],
  [
    'anime similar to blorptastic zorgon but shorter',
    { intent: 'SEARCH', similarTo: [], text: 'blorptastic zorgon', episodes: { max: 13 } },
  ],
  [
    'if I liked Flurbo Adventures and Naruto',
    { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-20' }], text: 'flurbo adventures', tagsInclude: [] },
  ],
  // more ways to name titles
  ['anything like deathnote?', { intent: 'SIMILAR', similarTo: [{ id: 'mal-1535' }] }],
  ['shows similar to "Spirited Away"', { intent: 'SIMILAR', similarTo: [{ id: 'mal-199' }] }],
  ['i enjoyed mushishi + naruto', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-457' }, { id: 'mal-20' }] }],
  ['If you liked Bleach and Naruto', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-269' }, { id: 'mal-20' }] }],
  ['loved clannad & mushishi, what else', { intent: 'RECOMMENDATIONS', similarTo: [{ id: 'mal-2167' }, { id: 'mal-457' }] }],
  ['something like K-On!', { intent: 'SIMILAR', similarTo: [{ id: 'mal-5680' }] }],
  // more schedule and rating questions
  ["When's the next ep of One Piece?", { intent: 'SCHEDULE', similarTo: [{ id: 'mal-21' }], text: null }],
  ['when is one piece on', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-21' }], text: null }],
  ['what time does Naruto air in EST', { intent: 'SCHEDULE', similarTo: [{ id: 'mal-20' }], timezone: 'America/New_York', text: null }],
  ['airing today in japan time', { intent: 'SCHEDULE', timezone: 'Asia/Tokyo', similarTo: [] }],
  ['what does kitsu think of death note', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-1535' }] }],
  ['how does MAL rate Mushishi compared to AniList', { intent: 'COMPARE_RATINGS', similarTo: [{ id: 'mal-457' }], text: null }],
  ['anime rated over 7 on MAL', { intent: 'SEARCH', minScore: 7, text: null }],
  // more time, length, exclusion and score wordings
  ['old school mecha from the eighties', { years: { from: 1980, to: 1989 }, tagsInclude: ['mecha'] }],
  ['pre-2000 horror', { years: { to: 1999 }, tagsInclude: ['horror'], text: null }],
  ['stuff from the last 5 years', { years: { from: year - 5 }, text: null }],
  ['older fantasy anime', { years: { to: 2009 }, tagsInclude: ['fantasy'] }],
  ['something released around 2016', { years: { from: 2014, to: 2018 }, text: null }],
  ['anime i watched as a kid', { years: { from: 1990, to: 2010 }, tagsInclude: [] }],
  ["this winter's anime", { intent: 'SEASONAL', text: null }],
  ['a short anime under 13 episodes', { episodes: { max: 12 } }],
  ['long running series with over 100 episodes', { episodes: { min: 101 } }],
  ['between 12 and 24 episodes', { episodes: { min: 12, max: 24 } }],
  ['dont want sad stuff', { tagsExclude: ['tragedy'], tagsInclude: [] }],
  ['anime scoring 8 or higher', { minScore: 8, text: null }],
  // words left for semantic search
  ['a girl who can see ghosts', { intent: 'SEARCH', text: 'girl ghosts', similarTo: [] }],
  ['cooking competition', { text: expect.stringContaining('competition') }],
];

describe('understandQuery', () => {
  it(`has at least 80 phrasings (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(80));

  it.each(CASES)('understands "%s"', async (text, expected) => {
    const understood = await understand(text);
    expect(understood, JSON.stringify(understood.reasons)).toMatchObject(expected);
  });

  it('says which words each part came from', async () => {
    const { reasons } = await understand('dark military anime like Attack on Titan from the 2010s, not too long');
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"from the 2010s": years 2010–2019/),
        expect.stringMatching(/^"not too long": episodes …–26/),
        expect.stringMatching(/^"attack on titan": like Shingeki no Kyojin/),
        expect.stringMatching(/^"military": tags military/),
      ]),
    );
  });

  it('says why words that read like a title were kept as text', async () => {
    const { reasons } = await understand('like Xyzzyqwe Chronicles');
    expect(reasons).toEqual([expect.stringMatching(/no anime in the catalog is named "xyzzyqwe chronicles"/)]);
  });

  it('asks for music videos by the music tag, saying the catalog has no such type', async () => {
    const { reasons } = await understand('music videos');
    expect(reasons).toEqual([expect.stringMatching(/^"music videos": tags music \(the catalog has no music-video type/)]);
  });

  it('does not take a common word for a title', async () => {
    const understood = await understand('anime like romance with magic');
    expect(understood.similarTo).toEqual([]);
    expect(understood.tagsInclude).toEqual(expect.arrayContaining(['romance', 'magic']));
  });

  it('rejects an empty, a too long or a control-character text with BAD_USER_INPUT', async () => {
    for (const text of ['   ', 'x'.repeat(501), 'dark\u0001anime']) {
      const { body } = await t.gql(UNDERSTAND, { text });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    }
  });
});
