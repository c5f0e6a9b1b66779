// Fixture → Jikan v4 shapes (`anime`, `anime_full`, characters, staff, recommendations), field names as in its spec.
import { lastFirstName, fullName, paragraphs, type FixtureAnime, type FixtureName, type FixtureRecommendation } from './fixture-anime.js';
import { malGenre } from './jikan.genres.js';

const MAL = 'https://myanimelist.net';
const CDN = 'https://cdn.myanimelist.net/images';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** MAL's URL slug: "Cowboy Bebop: Tengoku no Tobira" → "Cowboy_Bebop__Tengoku_no_Tobira". */
export function malSlug(text: string): string {
  return text.replace(/[()!?'.,"]/g, '').replace(/[^A-Za-z0-9-]/g, '_');
}

export function animeImages(path: string) {
  const base = `${CDN}/${path}`;
  return {
    jpg: { image_url: `${base}.jpg`, small_image_url: `${base}t.jpg`, large_image_url: `${base}l.jpg` },
    webp: { image_url: `${base}.webp`, small_image_url: `${base}t.webp`, large_image_url: `${base}l.webp` },
  };
}

function personRef(kind: 'character' | 'people', id: number, name: FixtureName) {
  const url = `${MAL}/${kind}/${id}/${malSlug(fullName(name))}`;
  if (kind === 'people') {
    return { mal_id: id, url, images: { jpg: { image_url: `${CDN}/voiceactors/${id % 4}/${50000 + id}.jpg` } }, name: lastFirstName(name) };
  }
  const image = `${CDN}/characters/${id % 16}/${100000 + id}`;
  return {
    mal_id: id,
    url,
    images: { jpg: { image_url: `${image}.jpg` }, webp: { image_url: `${image}.webp`, small_image_url: `${image}t.webp` } },
    name: lastFirstName(name),
  };
}

const listItem = (kind: string, id: number, name: string) => ({
  mal_id: id,
  type: 'anime',
  name,
  url: `${MAL}/anime/${kind}/${id}/${malSlug(name)}`,
});

function trailer(youtubeId: string | null) {
  const image = (file: string) => (youtubeId ? `https://img.youtube.com/vi/${youtubeId}/${file}.jpg` : null);
  return {
    youtube_id: youtubeId,
    url: youtubeId ? `https://www.youtube.com/watch?v=${youtubeId}` : null,
    embed_url: youtubeId ? `https://www.youtube.com/embed/${youtubeId}?enablejsapi=1&wmode=opaque&autoplay=1` : null,
    images: {
      image_url: image('default'),
      small_image_url: image('sddefault'),
      medium_image_url: image('mqdefault'),
      large_image_url: image('hqdefault'),
      maximum_image_url: image('maxresdefault'),
    },
  };
}

function dateParts(date: string | null) {
  if (!date) return { day: null, month: null, year: null };
  const [year, month, day] = date.split('-').map(Number);
  return { day, month, year };
}

const humanDate = (date: string) => {
  const { day, month, year } = dateParts(date);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
};

function aired(a: FixtureAnime) {
  // A one-day release (a movie) has no end date on MAL.
  const to = a.aired.to === a.aired.from ? null : a.aired.to;
  const string = to
    ? `${humanDate(a.aired.from)} to ${humanDate(to)}`
    : a.status === 'airing'
      ? `${humanDate(a.aired.from)} to ?`
      : humanDate(a.aired.from);
  return {
    from: `${a.aired.from}T00:00:00+00:00`,
    to: to ? `${to}T00:00:00+00:00` : null,
    prop: { from: dateParts(a.aired.from), to: dateParts(to) },
    string,
  };
}

function duration(minutes: number, format: FixtureAnime['format']): string {
  if (format === 'TV') return `${minutes} min per ep`;
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} hr ${minutes % 60} min` : `${minutes} min`;
}

export const RATING_LABEL: Record<FixtureAnime['ageRating'], string> = {
  'PG-13': 'PG-13 - Teens 13 or older',
  R: 'R - 17+ (violence & profanity)',
};

export function animeUrl(id: number, title: string): string {
  return `${MAL}/anime/${id}/${malSlug(title)}`;
}

/** The `anime` object of the spec (what lists and /anime/{id} return). */
export function toAnime(a: FixtureAnime) {
  const s = a.scores.mal;
  const tv = a.format === 'TV';
  return {
    mal_id: a.ids.mal,
    url: animeUrl(a.ids.mal, a.titles.romaji),
    images: animeImages(a.images.mal),
    trailer: trailer(a.trailer),
    approved: a.approved ?? true,
    titles: [
      { type: 'Default', title: a.titles.romaji },
      ...a.titles.synonyms.map((title) => ({ type: 'Synonym', title })),
      { type: 'Japanese', title: a.titles.native },
      ...(a.titles.english ? [{ type: 'English', title: a.titles.english }] : []),
    ],
    title: a.titles.romaji,
    title_english: a.titles.english,
    title_japanese: a.titles.native,
    title_synonyms: a.titles.synonyms,
    type: a.format,
    source: a.source,
    episodes: a.episodes,
    status: a.status === 'airing' ? 'Currently Airing' : 'Finished Airing',
    airing: a.status === 'airing',
    aired: aired(a),
    duration: duration(a.durationMin, a.format),
    rating: RATING_LABEL[a.ageRating],
    score: s.score,
    scored_by: s.scoredBy,
    rank: s.rank,
    popularity: s.popularity,
    members: s.members,
    favorites: s.favorites,
    synopsis: `${paragraphs(a.synopsis).join('\n\n')}\n\n[Written by MAL Rewrite]`,
    background: a.background ?? '',
    // MAL gives movies no premiere season.
    season: tv ? a.season.name : null,
    year: tv ? a.season.year : null,
    broadcast: a.broadcast
      ? { day: a.broadcast.day, time: a.broadcast.time, timezone: 'Asia/Tokyo', string: `${a.broadcast.day} at ${a.broadcast.time} (JST)` }
      : { day: null, time: null, timezone: null, string: null },
    producers: a.producers.map((p) => listItem('producer', p.mal, p.name)),
    licensors: a.licensors.map((p) => listItem('producer', p.mal, p.name)),
    studios: a.studios.map((p) => listItem('producer', p.ids.mal, p.name)),
    genres: a.genres.map((g) => listItem('genre', malGenre(g).mal_id, g)),
    explicit_genres: [],
    themes: a.themes.map((g) => listItem('genre', malGenre(g).mal_id, g)),
    demographics: a.demographics.map((g) => listItem('genre', malGenre(g).mal_id, g)),
  };
}

/** `anime_full`: `anime` plus relations, theme songs, external and streaming links. */
export function toAnimeFull(a: FixtureAnime) {
  const relations = [...new Set(a.relations.map((r) => r.relation))].map((relation) => ({
    relation,
    entry: a.relations
      .filter((r) => r.relation === relation)
      .map((r) => ({ mal_id: r.mal, type: r.kind, name: r.title, url: `${MAL}/${r.kind}/${r.mal}/${malSlug(r.title)}` })),
  }));
  const external = [
    ...a.external.map((l) => ({ name: l.name, url: l.url })),
    { name: 'AniDB', url: `https://anidb.net/perl-bin/animedb.pl?show=anime&aid=${a.ids.anidb}` },
    ...(a.annId ? [{ name: 'ANN', url: `https://www.animenewsnetwork.com/encyclopedia/anime.php?id=${a.annId}` }] : []),
  ];
  return {
    ...toAnime(a),
    relations,
    theme: a.theme,
    external,
    streaming: a.streaming.map((s) => ({ name: s.name, url: s.url })),
  };
}

export function toCharacters(a: FixtureAnime) {
  return a.cast.map((c) => ({
    character: personRef('character', c.character.ids.mal, c.character.name),
    role: c.role === 'main' ? 'Main' : 'Supporting',
    favorites: c.character.favourites,
    voice_actors: c.voices.map((v) => ({ person: personRef('people', v.person.ids.mal, v.person.name), language: v.language })),
  }));
}

export function toStaff(a: FixtureAnime) {
  return a.staff.map((s) => ({ person: personRef('people', s.person.ids.mal, s.person.name), positions: s.positions }));
}

/** `anime_meta`, the short form recommendations use. */
const meta = (id: number, title: string, image: string) => ({ mal_id: id, url: animeUrl(id, title), images: animeImages(image), title });

const pairKey = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;

export function toRecommendations(a: FixtureAnime) {
  return a.recommendations.map((r) => ({
    entry: meta(r.mal, r.title, r.image),
    url: `${MAL}/recommendations/anime/${pairKey(a.ids.mal, r.mal)}`,
    votes: r.votes,
  }));
}

/** One user recommendation of /recommendations/anime: the pair, the text, who wrote it. */
export function toUserRecommendation(a: FixtureAnime, r: FixtureRecommendation) {
  return {
    mal_id: pairKey(a.ids.mal, r.mal),
    entry: [meta(a.ids.mal, a.titles.romaji, a.images.mal), meta(r.mal, r.title, r.image)],
    content: r.content,
    date: r.date,
    user: { url: `${MAL}/profile/${r.user}`, username: r.user },
  };
}
