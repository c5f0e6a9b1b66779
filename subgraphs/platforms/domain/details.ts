// Each platform's answer in AniGraph's shapes: characters, staff, recommendations, trailer, links.
import type { AniDbAnime } from '../../../lib/platforms/anidb.client.js';
import type { AniListMedia } from '../../../lib/platforms/anilist.client.js';
import type { JikanAnimeFull, JikanCharacter, JikanRecommendation, JikanStaffMember } from '../../../lib/platforms/jikan.schemas.js';
import type { KitsuAnime, KitsuCharacter, KitsuStaff, KitsuStreamingLink } from '../../../lib/platforms/kitsu.client.js';
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';
import { catalogRef } from './anime-ids.js';

export interface Character {
  name: string;
  role: string | null;
  image: string | null;
  url: string | null;
  voiceActors: { name: string; language: string | null; url: string | null }[];
  source: ExternalPlatform;
}

export interface Credit {
  name: string;
  roles: string[];
  url: string | null;
  source: ExternalPlatform;
}

export interface Recommendation {
  title: string;
  catalog: { platform: string; id: string } | null;
  votes: number | null;
  url: string | null;
  source: ExternalPlatform;
}

export interface Link {
  site: string;
  url: string;
  subtitles: string[];
  dubs: string[];
  sources: ExternalPlatform[];
}

export interface TrailerInfo {
  site: string;
  id: string;
  url: string;
  thumbnail: string | null;
  source: ExternalPlatform;
}

export const charactersFrom = {
  jikan: (rows: JikanCharacter[]): Character[] =>
    rows.map((row) => ({
      name: row.character.name,
      role: row.role,
      image: row.character.images?.jpg?.image_url ?? null,
      url: row.character.url,
      voiceActors: row.voice_actors.map((va) => ({ name: va.person.name, language: va.language, url: va.person.url })),
      source: 'MYANIMELIST',
    })),
  anilist: (media: AniListMedia): Character[] =>
    (media.characters?.edges ?? []).flatMap((edge) =>
      edge.node
        ? [
            {
              name: edge.node.name.full ?? '',
              role: edge.role ?? null,
              image: edge.node.image?.large ?? null,
              url: edge.node.siteUrl ?? null,
              voiceActors: (edge.voiceActors ?? []).flatMap((va) =>
                va ? [{ name: va.name.full ?? '', language: 'Japanese', url: va.siteUrl ?? null }] : [],
              ),
              source: 'ANILIST' as const,
            },
          ]
        : [],
    ),
  kitsu: (rows: KitsuCharacter[]): Character[] =>
    rows.map((c) => ({
      name: c.name,
      role: c.role,
      image: c.image,
      url: `https://kitsu.app/characters/${c.id}`,
      voiceActors: [],
      source: 'KITSU',
    })),
  anidb: (anime: AniDbAnime): Character[] =>
    anime.characters.map((c) => ({
      name: c.name,
      role: c.role,
      image: c.picture,
      url: `https://anidb.net/character/${c.id}`,
      voiceActors: c.seiyuu ? [{ name: c.seiyuu.name, language: 'Japanese', url: `https://anidb.net/creator/${c.seiyuu.id}` }] : [],
      source: 'ANIDB',
    })),
};

export const staffFrom = {
  jikan: (rows: JikanStaffMember[]): Credit[] =>
    rows.map((row) => ({ name: row.person.name, roles: row.positions, url: row.person.url, source: 'MYANIMELIST' })),
  anilist: (media: AniListMedia): Credit[] =>
    (media.staff?.edges ?? []).flatMap((edge) =>
      edge.node
        ? [
            {
              name: edge.node.name.full ?? '',
              roles: edge.role ? [edge.role] : [],
              url: edge.node.siteUrl ?? null,
              source: 'ANILIST' as const,
            },
          ]
        : [],
    ),
  kitsu: (rows: KitsuStaff[]): Credit[] =>
    rows.map((row) => ({ name: row.name, roles: row.role ? [row.role] : [], url: `https://kitsu.app/people/${row.id}`, source: 'KITSU' })),
  anidb: (anime: AniDbAnime): Credit[] =>
    anime.creators.map((c) => ({ name: c.name, roles: [c.type], url: `https://anidb.net/creator/${c.id}`, source: 'ANIDB' })),
};

export const recommendationsFrom = {
  jikan: (rows: JikanRecommendation[]): Recommendation[] =>
    rows.map((row) => ({
      title: row.entry.title,
      catalog: catalogRef(row.entry.mal_id),
      votes: row.votes,
      url: row.url ?? row.entry.url,
      source: 'MYANIMELIST',
    })),
  anilist: (media: AniListMedia): Recommendation[] =>
    (media.recommendations?.nodes ?? []).flatMap((node) => {
      const other = node.mediaRecommendation;
      if (!other) return [];
      const title = other.title.english ?? other.title.romaji ?? '';
      return [
        { title, catalog: catalogRef(other.idMal), votes: node.rating ?? null, url: other.siteUrl ?? null, source: 'ANILIST' as const },
      ];
    }),
};

export function trailerFrom(source: ExternalPlatform, value: JikanAnimeFull | AniListMedia | KitsuAnime): TrailerInfo | null {
  if (source === 'MYANIMELIST') {
    const t = (value as JikanAnimeFull).trailer;
    return t?.youtube_id ? youtube(t.youtube_id, source) : null;
  }
  if (source === 'ANILIST') {
    const t = (value as AniListMedia).trailer;
    if (!t?.id || !t.site) return null;
    if (t.site === 'youtube') return { ...youtube(t.id, source), thumbnail: t.thumbnail ?? null };
    return { site: t.site, id: t.id, url: `https://www.dailymotion.com/video/${t.id}`, thumbnail: t.thumbnail ?? null, source };
  }
  const id = (value as KitsuAnime).youtubeVideoId;
  return id ? youtube(id, source) : null;
}

function youtube(id: string, source: ExternalPlatform): TrailerInfo {
  return {
    site: 'youtube',
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    thumbnail: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    source,
  };
}

export const streamingFrom = {
  jikan: (rows: { name: string; url: string }[]): Link[] => rows.map((r) => link(r.name, r.url, 'MYANIMELIST')),
  anilist: (media: AniListMedia): Link[] =>
    (media.externalLinks ?? []).flatMap((l) => (l?.url && l.type === 'STREAMING' ? [link(l.site, l.url, 'ANILIST')] : [])),
  kitsu: (rows: KitsuStreamingLink[]): Link[] =>
    rows.filter((r) => r.url).map((r) => ({ ...link(r.site ?? hostOf(r.url), r.url, 'KITSU'), subtitles: r.subs, dubs: r.dubs })),
};

export const externalFrom = {
  jikan: (anime: JikanAnimeFull): Link[] => anime.external.map((r) => link(r.name, r.url, 'MYANIMELIST')),
  anilist: (media: AniListMedia): Link[] =>
    (media.externalLinks ?? []).flatMap((l) => (l?.url && l.type !== 'STREAMING' ? [link(l.site, l.url, 'ANILIST')] : [])),
  anidb: (anime: AniDbAnime): Link[] => [
    ...(anime.officialUrl ? [link('Official Site', anime.officialUrl, 'ANIDB')] : []),
    ...anime.resources.flatMap((r) => r.urls.map((url) => link(ANIDB_RESOURCES[r.type] ?? hostOf(url), url, 'ANIDB'))),
  ],
};

// AniDB's resource types that carry a whole URL (the others are ids on sites listed elsewhere).
const ANIDB_RESOURCES: Record<number, string> = { 4: 'Official Site (JP)', 5: 'Official Site (EN)', 34: 'Official stream' };

function link(site: string, url: string, source: ExternalPlatform): Link {
  return { site, url, subtitles: [], dubs: [], sources: [source] };
}

/** One entry per URL (ignoring scheme, www and a trailing slash), listing every platform that gave it. */
export function mergeLinks(lists: Link[][]): Link[] {
  const byUrl = new Map<string, Link>();
  for (const item of lists.flat()) {
    const key = item.url
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
    const seen = byUrl.get(key);
    if (!seen) {
      byUrl.set(key, { ...item, sources: [...item.sources] });
      continue;
    }
    for (const source of item.sources) if (!seen.sources.includes(source)) seen.sources.push(source);
    seen.subtitles = [...new Set([...seen.subtitles, ...item.subtitles])];
    seen.dubs = [...new Set([...seen.dubs, ...item.dubs])];
  }
  return [...byUrl.values()];
}

function hostOf(url: string): string {
  try {
    return new URL(url.includes('://') ? url : `https://${url}`).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
