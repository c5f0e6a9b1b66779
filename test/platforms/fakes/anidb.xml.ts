// Fixture → AniDB's `request=anime` XML, element and attribute names as the HTTP API definition shows them.
import { fullName, nativeOrderName, paragraphs, type FixtureAnime, type FixtureRelation } from './fixture-anime.js';

// AniDB tag ids and parents are made up but stable; `military` (36, parent 2607) is the one from the notes' sample.
const TAGS: Record<string, { id: number; parent: number }> = {
  action: { id: 2604, parent: 2611 },
  'science fiction': { id: 2616, parent: 2611 },
  space: { id: 2630, parent: 2607 },
  'bounty hunter': { id: 2909, parent: 2607 },
  jazz: { id: 3311, parent: 2880 },
  shounen: { id: 922, parent: 2609 },
  fantasy: { id: 2849, parent: 2611 },
  swordplay: { id: 2712, parent: 2607 },
  afterlife: { id: 2645, parent: 2607 },
  drama: { id: 2610, parent: 2611 },
  romance: { id: 2612, parent: 2611 },
  'school life': { id: 2613, parent: 2607 },
  'based on a visual novel': { id: 2798, parent: 2606 },
  'slice of life': { id: 2614, parent: 2611 },
  mecha: { id: 2621, parent: 2607 },
  military: { id: 36, parent: 2607 },
  'alternative history': { id: 2722, parent: 2607 },
  adventure: { id: 2608, parent: 2611 },
  elf: { id: 3044, parent: 2607 },
  'coming of age': { id: 2617, parent: 2607 },
  pirates: { id: 2862, parent: 2607 },
  'super power': { id: 2620, parent: 2607 },
};
const RELATION_TYPES: Record<FixtureRelation['relation'], string> = {
  Sequel: 'Sequel',
  Prequel: 'Prequel',
  'Side story': 'Side Story',
  'Parent story': 'Parent Story',
  Summary: 'Summary',
  'Alternative version': 'Alternative Version',
  Adaptation: 'Other',
};

/** AniDB stores apostrophes as backticks ("Journey`s End"); then the usual XML escaping. */
export function text(value: string | number): string {
  return String(value).replace(/'/g, '`').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const attr = (value: string | number) => text(value).replace(/"/g, '&quot;');

function element(name: string, attributes: Record<string, string | number>, content: string | number): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('');
  return `<${name}${attrs}>${content}</${name}>`;
}

const indent = (lines: string[], depth = 2) => lines.map((l) => `${' '.repeat(depth)}${l}`);

function block(name: string, attributes: Record<string, string | number>, children: string[]): string[] {
  if (children.length === 0) return [];
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('');
  return [`<${name}${attrs}>`, ...indent(children), `</${name}>`];
}

const entity = (inner: string) => `<externalentity>${inner}</externalentity>`;
const identifier = (value: string | number) => entity(`<identifier>${text(value)}</identifier>`);

/** External ids AniDB keeps per anime: type 2 = MyAnimeList is the one clients rely on. */
function resources(a: FixtureAnime): string[] {
  const out: [number, string][] = [];
  if (a.annId) out.push([1, identifier(a.annId)]);
  out.push([2, identifier(a.ids.mal)]);
  for (const link of a.external) {
    if (link.name === 'Official Site') out.push([4, entity(`<url>${text(link.url)}</url>`)]);
    if (link.url.includes('en.wikipedia.org/wiki/')) out.push([6, identifier(decodeURIComponent(link.url.split('/wiki/')[1]))]);
    if (link.name === 'Twitter') out.push([23, identifier(link.url.split('/').pop() ?? '')]);
  }
  for (const stream of a.streaming) {
    if (stream.name === 'Crunchyroll') out.push([28, identifier(stream.url.split('/series/')[1]?.split('/')[0] ?? '')]);
    if (stream.name === 'Netflix') out.push([41, identifier(stream.url.split('/title/')[1] ?? '')]);
  }
  return out.map(([type, inner]) => element('resource', { type }, inner));
}

/** AniDB links the main characters in its descriptions: "http://anidb.net/ch121 [Spike Spiegel]". */
function description(a: FixtureAnime): string {
  let out = paragraphs(a.synopsis).join('\n');
  for (const c of a.cast.filter((c) => c.role === 'main')) {
    const name = fullName(c.character.name);
    out = out.replace(name, `http://anidb.net/ch${c.character.ids.anidb} [${name}]`);
  }
  return out;
}

// Better-liked characters rate higher; AniDB character votes run 1-10 like everything else.
const rating = (favourites: number) => Math.min(9.8, 6 + Math.log10(Math.max(favourites, 1)) * 0.75).toFixed(2);

export function animeXml(a: FixtureAnime): string {
  const r = a.scores.anidb;
  const titles = [
    element('title', { 'xml:lang': 'x-jat', type: 'main' }, text(a.titles.romaji)),
    element('title', { 'xml:lang': 'ja', type: 'official' }, text(a.titles.native)),
    ...(a.titles.english ? [element('title', { 'xml:lang': 'en', type: 'official' }, text(a.titles.english))] : []),
    ...a.titles.synonyms.map((t) => element('title', { 'xml:lang': 'en', type: 'synonym' }, text(t))),
    ...(a.titles.short ? [element('title', { 'xml:lang': 'en', type: 'short' }, text(a.titles.short))] : []),
  ];
  const related = a.relations
    .filter((x) => x.kind === 'anime' && x.anidb)
    .map((x) => element('anime', { id: x.anidb ?? 0, type: RELATION_TYPES[x.relation] }, text(x.title)));
  const similar = a.recommendations
    .filter((x) => x.anidb)
    .map((x) => element('anime', { id: x.anidb ?? 0, approval: Math.round(x.votes * 0.75), total: x.votes }, text(x.title)));
  const creators = [
    ...a.staff.map((s) => element('name', { id: s.person.ids.anidb, type: s.anidbType }, text(nativeOrderName(s.person.name)))),
    ...a.studios.map((s) => element('name', { id: s.ids.anidb, type: 'Animation Work' }, text(s.name))),
  ];
  const official = a.external.find((l) => l.name === 'Official Site');
  const tags = a.tags.map((name, i) => {
    const tag = TAGS[name] ?? { id: 9000 + i, parent: 2607 };
    const attrs = {
      id: tag.id,
      parentid: tag.parent,
      weight: Math.max(200, 600 - i * 100),
      localspoiler: 'false',
      globalspoiler: 'false',
      verified: 'true',
      update: '2019-05-12',
    };
    return block('tag', attrs, [element('name', {}, text(name))]);
  });
  const characters = a.cast.map((c) =>
    block(
      'character',
      { id: c.character.ids.anidb, type: c.role === 'main' ? 'main character in' : 'secondary cast in', update: '2021-03-14' },
      [
        element('rating', { votes: Math.round(c.character.favourites / 10) }, rating(c.character.favourites)),
        element('name', {}, text(nativeOrderName(c.character.name))),
        element('gender', {}, c.character.gender),
        element('charactertype', { id: 1 }, 'Character'),
        element('description', {}, text(c.character.description)),
        element('picture', {}, `${c.character.ids.anidb * 7}.jpg`),
        ...c.voices
          .filter((v) => v.language === 'Japanese')
          .map((v) =>
            element('seiyuu', { id: v.person.ids.anidb, picture: `${v.person.ids.anidb * 3}.jpg` }, text(nativeOrderName(v.person.name))),
          ),
      ],
    ),
  );
  const episodes = a.episodeList.map((e) =>
    block('episode', { id: e.anidbId, update: '2020-01-01' }, [
      element('epno', { type: 1 }, e.number),
      element('length', {}, a.durationMin),
      element('airdate', {}, e.aired),
      element('rating', { votes: 40 + e.number }, (r.permanent - 0.4).toFixed(2)),
      ...(e.native ? [element('title', { 'xml:lang': 'ja' }, text(e.native))] : []),
      element('title', { 'xml:lang': 'en' }, text(e.title)),
      ...(e.romaji ? [element('title', { 'xml:lang': 'x-jat' }, text(e.romaji))] : []),
    ]),
  );
  const body = [
    element('type', {}, a.format === 'Movie' ? 'Movie' : 'TV Series'),
    element('episodecount', {}, a.episodes ?? 0),
    element('startdate', {}, a.aired.from),
    ...(a.aired.to ? [element('enddate', {}, a.aired.to)] : []),
    ...block('titles', {}, titles),
    ...block('relatedanime', {}, related),
    ...block('similaranime', {}, similar),
    ...(official ? [element('url', {}, text(official.url))] : []),
    ...block('creators', {}, creators),
    element('description', {}, text(description(a))),
    ...block('ratings', {}, [
      element('permanent', { count: r.permanentVotes }, r.permanent.toFixed(2)),
      element('temporary', { count: r.temporaryVotes }, r.temporary.toFixed(2)),
      ...(r.review === null ? [] : [element('review', { count: r.reviews }, r.review.toFixed(2))]),
    ]),
    element('picture', {}, a.images.anidb),
    ...block('resources', {}, resources(a)),
    ...block('tags', {}, tags.flat()),
    ...block('characters', {}, characters.flat()),
    ...block('episodes', {}, episodes.flat()),
  ];
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...block('anime', { id: a.ids.anidb, restricted: 'false' }, body), ''].join('\n');
}
