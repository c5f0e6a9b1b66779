// AniDB's HTTP API (http://api.anidb.net:9001/httpapi): gzip-compressed XML, for registered clients
// only (ANIDB_CLIENT, ANIDB_CLIENT_VERSION), one request per 2 s at most, and the same anime asked
// twice a day can get the client banned: so anime are cached for days. Errors come with HTTP 200.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TieredCache } from '../cache/index.js';
import type { AnswerRead, PlatformHttp } from './platform-http.js';
import { cached, peeked, type Sourced } from './sourced.js';

export interface AniDbCredentials {
  client: string;
  clientVersion: number;
}

export interface AniDbAnime {
  id: number;
  type: string | null;
  episodeCount: number | null;
  startDate: string | null;
  endDate: string | null;
  titles: { text: string; lang: string; type: string }[];
  description: string | null;
  ratings: { permanent: Rating | null; temporary: Rating | null; review: Rating | null };
  picture: string | null;
  officialUrl: string | null;
  /** `<resources>`: type number and its identifiers or URLs (type 2 is MyAnimeList). */
  resources: { type: number; identifiers: string[]; urls: string[] }[];
  creators: { id: number; type: string; name: string }[];
  characters: { id: number; role: string; name: string; picture: string | null; seiyuu: { id: number; name: string } | null }[];
  similar: { id: number; name: string; approval: number; total: number }[];
}

export interface Rating {
  value: number;
  votes: number;
}

export const ANIDB_PICTURE_BASE = 'https://cdn.anidb.net/images/main/';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (name) => LISTS.has(name),
});
const LISTS = new Set(['title', 'resource', 'externalentity', 'identifier', 'url', 'name', 'character', 'anime', 'seiyuu']);

export class AniDbClient {
  readonly source = 'ANIDB' as const;

  constructor(
    private readonly http: PlatformHttp,
    private readonly cache: TieredCache,
    private readonly credentials: AniDbCredentials,
  ) {}

  anime(aid: number): Promise<Sourced<AniDbAnime | null>> {
    const query = { request: 'anime', client: this.credentials.client, clientver: this.credentials.clientVersion, protover: 1, aid };
    return cached(this.cache, this.source, `anime:${aid}`, 'animeDetails', () => this.http.request({ path: '', query, read: readAnime }));
  }

  /** What `anime(aid)` has cached; undefined when it has not been asked (never a request). */
  peekAnime(aid: number): Promise<Sourced<AniDbAnime | null> | undefined> {
    return peeked(this.cache, this.source, `anime:${aid}`, 'animeDetails');
  }
}

// fast-xml-parser gives an untyped tree; readAnime reads it node by node, each value checked as it is read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type XmlNode = any;

function readAnime(answer: AnswerRead): AniDbAnime | null {
  if (answer.status === 404) return null;
  if (answer.status >= 400) throw answer.fail('UPSTREAM_UNAVAILABLE', `refused the request (${answer.status})`);
  const text = answer.body.trim();
  if (XMLValidator.validate(text) !== true) throw answer.fail('UPSTREAM_UNAVAILABLE', 'answered with XML that does not parse', true);
  const doc = parser.parse(text) as { error?: unknown; anime?: unknown[] };
  if (doc.error !== undefined) return readError(answer, textOf(doc.error));
  const anime = doc.anime?.[0] as Record<string, XmlNode> | undefined;
  if (!anime) throw answer.fail('UPSTREAM_UNAVAILABLE', 'answered with XML that is neither an anime nor an error', true);
  return {
    id: Number(anime['@id']),
    type: textOf(anime.type) || null,
    episodeCount: numberOf(anime.episodecount),
    startDate: textOf(anime.startdate) || null,
    endDate: textOf(anime.enddate) || null,
    titles: list(anime.titles?.title).map((t) => ({ text: textOf(t), lang: t['@xml:lang'] ?? '', type: t['@type'] ?? '' })),
    description: textOf(anime.description) || null,
    ratings: {
      permanent: rating(anime.ratings?.permanent),
      temporary: rating(anime.ratings?.temporary),
      review: rating(anime.ratings?.review),
    },
    picture: textOf(anime.picture) || null,
    officialUrl: textOf(list(anime.url)[0]) || null,
    resources: list(anime.resources?.resource).map((r) => ({
      type: Number(r['@type']),
      identifiers: list(r.externalentity).flatMap((e) => list(e.identifier).map(textOf)),
      urls: list(r.externalentity).flatMap((e) => list(e.url).map(textOf)),
    })),
    creators: list(anime.creators?.name).map((n) => ({ id: Number(n['@id']), type: n['@type'] ?? '', name: textOf(n) })),
    characters: list(anime.characters?.character).map((c) => {
      const seiyuu = list(c.seiyuu)[0];
      return {
        id: Number(c['@id']),
        role: c['@type'] ?? '',
        name: textOf(list(c.name)[0]),
        picture: textOf(c.picture) ? ANIDB_PICTURE_BASE + textOf(c.picture) : null,
        seiyuu: seiyuu ? { id: Number(seiyuu['@id']), name: textOf(seiyuu) } : null,
      };
    }),
    similar: list(anime.similaranime?.anime).map((s) => ({
      id: Number(s['@id']),
      name: textOf(s),
      approval: Number(s['@approval'] ?? 0),
      total: Number(s['@total'] ?? 0),
    })),
  };
}

/** AniDB's error bodies, old and new forms ("Banned" / `<error code="500">banned</error>`). */
function readError(answer: AnswerRead, message: string): null {
  const lower = message.toLowerCase();
  if (lower.includes('anime not found')) return null;
  if (lower.includes('banned')) throw answer.fail('UPSTREAM_RATE_LIMITED', 'this client is banned for now (too many requests)');
  if (lower.includes('client'))
    throw answer.fail(
      'UPSTREAM_UNAVAILABLE',
      `rejected the client (${message}): set ANIDB_CLIENT and ANIDB_CLIENT_VERSION to a registered client`,
    );
  throw answer.fail('UPSTREAM_UNAVAILABLE', `answered with an error (${message})`);
}

function rating(node: unknown): Rating | null {
  if (node === undefined) return null;
  const value = Number(textOf(node));
  return Number.isFinite(value) && value > 0 ? { value, votes: Number((node as Record<string, string>)['@count'] ?? 0) } : null;
}

function list(value: unknown): XmlNode[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim();
  if (Array.isArray(node)) return textOf(node[0]);
  return String((node as Record<string, unknown>)['#text'] ?? '').trim();
}

function numberOf(node: unknown): number | null {
  const value = Number(textOf(node));
  return textOf(node) !== '' && Number.isFinite(value) ? value : null;
}
