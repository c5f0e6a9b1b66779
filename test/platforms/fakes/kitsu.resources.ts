// Fixture → Kitsu's JSON:API resource graph: anime and everything reachable from it, with Kitsu's relationship names.
import { nextBroadcast } from './fixture-airing.js';
import { FIXTURE_ANIME, fullName, paragraphs, slugify, type FixtureAnime, type FixturePerson } from './fixture-anime.js';

export interface KitsuResource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  /** Loads the targets of each relationship; relationships the fake has no data for load nothing. */
  relationships: Record<string, () => KitsuResource[]>;
}

/** Every relationship each type declares, to-many or to-one; include paths are checked against it. */
export const RELATIONSHIPS: Record<string, Record<string, 'many' | 'one'>> = {
  anime: Object.fromEntries(
    [
      'genres',
      'categories',
      'castings',
      'installments',
      'mappings',
      'reviews',
      'mediaRelationships',
      'characters',
      'staff',
      'productions',
      'quotes',
      'episodes',
      'streamingLinks',
      'animeProductions',
      'animeCharacters',
      'animeStaff',
    ].map((n) => [n, 'many' as const]),
  ),
  streamingLinks: { streamer: 'one', media: 'one' },
  streamers: { streamingLinks: 'many' },
  mediaCharacters: { media: 'one', character: 'one', voices: 'many' },
  characterVoices: { mediaCharacter: 'one', person: 'one', licensor: 'one' },
  characters: { primaryMedia: 'one', castings: 'many', mediaCharacters: 'many', quotes: 'many' },
  mediaStaff: { media: 'one', person: 'one' },
  people: { castings: 'many', staff: 'many', voices: 'many' },
  mappings: { item: 'one' },
  genres: {},
  categories: { parent: 'one', anime: 'many' },
  episodes: { media: 'one', videos: 'many' },
};

const MEDIA = 'https://media.kitsu.app';
// Streamer ids: Funimation "3" comes from a recorded fixture in the notes (UNCONFIRMED there too); the rest are made up.
const STREAMERS: Record<string, { id: string; logo: string }> = {
  Hulu: { id: '1', logo: `${MEDIA}/streamers/logos/1/original.png` },
  Crunchyroll: { id: '2', logo: `${MEDIA}/streamers/logos/2/original.png` },
  Funimation: { id: '3', logo: '/logos/original/missing.png' },
  Netflix: { id: '7', logo: `${MEDIA}/streamers/logos/7/original.png` },
  HIDIVE: { id: '10', logo: `${MEDIA}/streamers/logos/10/original.png` },
};
const CATEGORIES: Record<string, number> = {
  Action: 150,
  Adventure: 157,
  Drama: 186,
  Fantasy: 156,
  'Sci-Fi': 164,
  Romance: 194,
  Supernatural: 180,
  'Slice of Life': 169,
  Space: 212,
  Mecha: 215,
  Military: 233,
  School: 240,
  'Super Power': 247,
  Shounen: 228,
  'Adult Cast': 235,
};
// Mapping ids recorded live (notes): MAL 1 → mapping 64108, MAL 21 → mapping 1175.
const KNOWN_MAL_MAPPINGS: Record<number, string> = { 1: '64108', 21: '1175' };

const stamp = (seed: number, year: number) =>
  new Date(Date.UTC(year, seed % 12, (seed % 27) + 1, seed % 24, seed % 60, seed % 60, seed % 1000)).toISOString();

export type KitsuRegistry = Map<string, KitsuResource>;

const fixtureRegistry: KitsuRegistry = new Map();
/** Where add() writes: the fixture's registry, or a synthetic anime's own one while graphOf() builds it. */
let registry = fixtureRegistry;
const key = (type: string, id: string) => `${type}/${id}`;

export function lookup(type: string, id: string): KitsuResource | undefined {
  ensureBuilt();
  return fixtureRegistry.get(key(type, id));
}

export function allOfType(type: string): KitsuResource[] {
  ensureBuilt();
  return ofType(fixtureRegistry, type);
}

const ofType = (from: KitsuRegistry, type: string) => [...from.values()].filter((r) => r.type === type);

function add(
  type: string,
  id: string,
  attributes: Record<string, unknown>,
  relationships: Record<string, () => KitsuResource[]> = {},
): KitsuResource {
  const existing = registry.get(key(type, id));
  if (existing) return existing;
  const resource = { type, id, attributes, relationships };
  registry.set(key(type, id), resource);
  return resource;
}

/** Targets looked up, when loaded, in the registry the resource was built into. */
const refs = (...keys: string[]) => {
  const from = registry;
  return () => keys.map((k) => from.get(k)).filter((r): r is KitsuResource => r !== undefined);
};

/**
 * A plausible star histogram ("2".."20" = 1..10 stars) around the average, as strings like Kitsu sends:
 * a wide bell, plus the pile of 10-star and 1-star votes real histograms have at the ends.
 */
function ratingFrequencies(averageRating: string, userCount: number): Record<string, string> {
  const centre = Number(averageRating) / 5;
  const bell = Array.from({ length: 19 }, (_, i) => Math.exp(-(((i + 2 - centre) / 3.4) ** 2)));
  const total = bell.reduce((sum, w) => sum + w, 0);
  const votes = userCount * 0.35;
  return Object.fromEntries(
    bell.map((w, i) => {
      const ends = i === 18 ? 0.12 : i === 0 ? 0.02 : 0;
      return [String(i + 2), String(Math.round(((w / total) * 0.86 + ends) * votes))];
    }),
  );
}

function person(p: FixturePerson): KitsuResource {
  return add('people', String(p.ids.kitsu), {
    createdAt: stamp(p.ids.kitsu, 2013),
    updatedAt: stamp(p.ids.kitsu, 2021),
    image: { original: `${MEDIA}/people/images/${p.ids.kitsu}/original.jpg`, meta: { dimensions: {} } },
    name: fullName(p.name),
    malId: p.ids.mal,
    description: '',
  });
}

function image(kind: 'poster' | 'cover', id: number) {
  const sizes =
    kind === 'poster'
      ? { tiny: [110, 156], small: [284, 402], medium: [390, 554], large: [550, 780] }
      : { tiny: [840, 200], small: [1640, 400], large: [3360, 800] };
  const url = (size: string) => `${MEDIA}/anime/${kind}_images/${id}/${size}.jpg`;
  const dimensions = Object.fromEntries(Object.entries(sizes).map(([size, [width, height]]) => [size, { width, height }]));
  return { ...Object.fromEntries(Object.keys(sizes).map((size) => [size, url(size)])), original: url('original'), meta: { dimensions } };
}

function anime(a: FixtureAnime): void {
  const k = a.ids.kitsu;
  const within = registry;
  const s = a.scores.kitsu;
  const self = key('anime', String(k));
  const keysOf = (type: string, ids: string[]) => ids.map((id) => key(type, id));
  const streamKeys: string[] = [];
  a.streaming.forEach((stream, i) => {
    const streamer = STREAMERS[stream.name];
    add(
      'streamers',
      streamer.id,
      {
        createdAt: stamp(Number(streamer.id), 2017),
        updatedAt: stamp(Number(streamer.id), 2020),
        siteName: stream.name,
        logo: streamer.logo,
      },
      { streamingLinks: () => ofType(within, 'streamingLinks').filter((l) => l.relationships.streamer()[0]?.id === streamer.id) },
    );
    const id = String(k * 10 + i);
    add(
      'streamingLinks',
      id,
      { createdAt: stamp(k + i, 2017), updatedAt: stamp(k + i, 2022), url: stream.url, subs: stream.subs, dubs: stream.dubs },
      { streamer: refs(key('streamers', streamer.id)), media: refs(self) },
    );
    streamKeys.push(key('streamingLinks', id));
  });
  const castKeys = a.cast.map((c, i) => {
    const id = String(k * 1000 + i + 1);
    add(
      'characters',
      String(c.character.ids.kitsu),
      {
        createdAt: stamp(c.character.ids.kitsu, 2013),
        updatedAt: stamp(c.character.ids.kitsu, 2018),
        slug: slugify(fullName(c.character.name)),
        names: { en: fullName(c.character.name), ja_jp: c.character.name.native },
        canonicalName: fullName(c.character.name),
        otherNames: [],
        name: fullName(c.character.name),
        malId: c.character.ids.mal,
        description: c.character.description,
        image: { original: `${MEDIA}/characters/images/${c.character.ids.kitsu}/original.jpg`, meta: { dimensions: {} } },
      },
      {
        primaryMedia: refs(self),
        mediaCharacters: () =>
          ofType(within, 'mediaCharacters').filter((m) => m.relationships.character()[0]?.id === String(c.character.ids.kitsu)),
      },
    );
    const voiceKeys = c.voices.map((v, j) => {
      person(v.person);
      const voiceId = String(Number(id) * 10 + j);
      add(
        'characterVoices',
        voiceId,
        {
          createdAt: stamp(Number(voiceId), 2017),
          updatedAt: stamp(Number(voiceId), 2017),
          locale: v.language === 'Japanese' ? 'ja_jp' : 'en',
        },
        { mediaCharacter: refs(key('mediaCharacters', id)), person: refs(key('people', String(v.person.ids.kitsu))) },
      );
      return key('characterVoices', voiceId);
    });
    add(
      'mediaCharacters',
      id,
      { createdAt: stamp(Number(id), 2017), updatedAt: stamp(Number(id), 2017), role: c.role },
      { media: refs(self), character: refs(key('characters', String(c.character.ids.kitsu))), voices: refs(...voiceKeys) },
    );
    return key('mediaCharacters', id);
  });
  const staffKeys = a.staff.map((st, i) => {
    const id = String(k * 1000 + 500 + i);
    person(st.person);
    add(
      'mediaStaff',
      id,
      { createdAt: stamp(Number(id), 2017), updatedAt: stamp(Number(id), 2017), role: st.positions.join(', ') },
      { media: refs(self), person: refs(key('people', String(st.person.ids.kitsu))) },
    );
    return key('mediaStaff', id);
  });
  const mappings: [string, number][] = [
    ['myanimelist/anime', a.ids.mal],
    ['anilist/anime', a.ids.anilist],
    ['anidb', a.ids.anidb],
  ];
  const mappingKeys = mappings.map(([site, externalId], i) => {
    const id = site === 'myanimelist/anime' && KNOWN_MAL_MAPPINGS[externalId] ? KNOWN_MAL_MAPPINGS[externalId] : String(5000 + k * 3 + i);
    add(
      'mappings',
      id,
      { createdAt: stamp(Number(id), 2017), updatedAt: stamp(Number(id), 2017), externalSite: site, externalId: String(externalId) },
      { item: refs(self) },
    );
    return key('mappings', id);
  });
  const categoryKeys = [...a.genres, ...a.themes, ...a.demographics]
    .filter((g) => CATEGORIES[g])
    .map((g) => {
      const id = String(CATEGORIES[g]);
      add('categories', id, {
        createdAt: stamp(Number(id), 2017),
        updatedAt: stamp(Number(id), 2019),
        title: g,
        description: '',
        totalMediaCount: Number(id) * 37,
        slug: slugify(g),
        nsfw: false,
        childCount: 0,
      });
      add('genres', id, { name: g, slug: slugify(g), description: null });
      return id;
    });
  const episodeKeys = a.episodeList.map((e) => {
    const id = String(k * 1000 + 900 + e.number);
    add(
      'episodes',
      id,
      {
        createdAt: stamp(Number(id), 2016),
        updatedAt: stamp(Number(id), 2020),
        titles: { en_jp: e.romaji ?? e.title, en_us: e.title, ja_jp: e.native ?? null },
        canonicalTitle: e.title,
        seasonNumber: 1,
        number: e.number,
        relativeNumber: e.number,
        synopsis: null,
        airdate: e.aired,
        length: a.durationMin,
        thumbnail: null,
      },
      { media: refs(self) },
    );
    return key('episodes', id);
  });
  const next = a.airing ? nextBroadcast(a.airing, new Date()) : null;
  add(
    'anime',
    String(k),
    {
      createdAt: stamp(k, 2013),
      updatedAt: stamp(k, 2024),
      slug: a.kitsuSlug,
      synopsis: paragraphs(a.synopsis).join('\n\n'),
      description: paragraphs(a.synopsis).join('\n\n'),
      coverImageTopOffset: 0,
      titles: { ...(a.titles.english ? { en: a.titles.english } : {}), en_jp: a.titles.romaji, ja_jp: a.titles.native },
      canonicalTitle: a.titles.romaji,
      abbreviatedTitles: [...a.titles.synonyms, ...(a.titles.short ? [a.titles.short] : [])],
      averageRating: s.averageRating,
      ratingFrequencies: ratingFrequencies(s.averageRating, s.userCount),
      userCount: s.userCount,
      favoritesCount: s.favoritesCount,
      startDate: a.aired.from,
      endDate: a.aired.to,
      // Kitsu writes the next episode's time in Japan's offset.
      nextRelease: next ? new Date(next.at.getTime() + 9 * 3_600_000).toISOString().replace('Z', '+09:00') : null,
      popularityRank: s.popularityRank,
      ratingRank: s.ratingRank,
      ageRating: a.ageRating === 'R' ? 'R' : 'PG',
      ageRatingGuide: a.ageRating === 'R' ? '17+ (violence & profanity)' : 'Teens 13 or older',
      subtype: a.format === 'Movie' ? 'movie' : 'TV',
      status: a.status === 'airing' ? 'current' : 'finished',
      tba: null,
      posterImage: image('poster', k),
      coverImage: image('cover', k),
      episodeCount: a.episodes,
      episodeLength: a.durationMin,
      totalLength: a.episodes ? a.episodes * a.durationMin : null,
      youtubeVideoId: a.trailer,
      showType: a.format === 'Movie' ? 'movie' : 'TV',
      nsfw: false,
    },
    {
      genres: refs(...keysOf('genres', categoryKeys)),
      categories: refs(...keysOf('categories', categoryKeys)),
      mappings: refs(...mappingKeys),
      characters: refs(...castKeys),
      staff: refs(...staffKeys),
      streamingLinks: refs(...streamKeys),
      episodes: refs(...episodeKeys),
    },
  );
}

let built = false;
function ensureBuilt(): void {
  if (built) return;
  built = true;
  for (const a of FIXTURE_ANIME) anime(a);
}

/** The resource graph of an anime outside the fixture (a synthetic one), in a registry of its own. */
export function graphOf(a: FixtureAnime): KitsuRegistry {
  ensureBuilt();
  const own: KitsuRegistry = new Map();
  registry = own;
  try {
    anime(a);
  } finally {
    registry = fixtureRegistry;
  }
  return own;
}
