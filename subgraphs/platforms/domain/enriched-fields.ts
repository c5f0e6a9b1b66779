// The one table of the enrichment: each enriched field of Anime, the platforms it reads in order,
// what it makes of each answer, and how the answers combine.
import type { AnimeRepresentation } from '../schema/anime.type.js';
import type { Answer } from './answer.js';
import { charactersFrom, externalFrom, recommendationsFrom, staffFrom, streamingFrom, trailerFrom } from './details.js';
import { everyAnswer, firstAnswer, mergedLinks, step, type ValueOf } from './field-chains.js';
import {
  ANIDB_ANIME,
  ANILIST_MEDIA,
  ANIMESCHEDULE_ANIME,
  JIKAN_ANIME,
  JIKAN_CHARACTERS,
  JIKAN_RECOMMENDATIONS,
  JIKAN_STAFF,
  JIKAN_STREAMING,
  KITSU_ANIME,
  KITSU_CHARACTERS,
  KITSU_STAFF,
  KITSU_STREAMING,
} from './platform-resources.js';
import { analyse, scoreOf, type Score } from './scores.js';

const SCORES = [
  step(JIKAN_ANIME, scoreOf.MYANIMELIST),
  step(ANILIST_MEDIA, scoreOf.ANILIST),
  step(KITSU_ANIME, scoreOf.KITSU),
  step(ANIDB_ANIME, scoreOf.ANIDB),
  step(ANIMESCHEDULE_ANIME, scoreOf.ANIMESCHEDULE),
];

/** Each platform's main record: what dataSources asks for when the response selects no enriched field. */
export const MAIN_RECORDS = SCORES.map((s) => s.from);

const failures = (answers: Answer<unknown>[]) => answers.flatMap((a) => (a.state === 'FAILED' ? [a.error] : []));

export const ENRICHED_FIELDS = {
  synopsis: firstAnswer(
    [
      step(JIKAN_ANIME, (a) => a.synopsis ?? null),
      step(ANILIST_MEDIA, (m) => m.description ?? null),
      step(KITSU_ANIME, (k) => k.synopsis ?? k.description ?? null),
    ],
    { fromCatalog: (anime: AnimeRepresentation) => anime.localSynopsis },
  ),
  platformScores: everyAnswer(SCORES, (scores, answers): (Score | Error)[] => [...scores, ...failures(answers)]),
  ratingAnalysis: everyAnswer(SCORES, analyse),
  characters: firstAnswer([
    step(JIKAN_CHARACTERS, charactersFrom.jikan),
    step(ANILIST_MEDIA, charactersFrom.anilist),
    step(KITSU_CHARACTERS, charactersFrom.kitsu),
    step(ANIDB_ANIME, charactersFrom.anidb),
  ]),
  staff: firstAnswer([
    step(JIKAN_STAFF, staffFrom.jikan),
    step(ANILIST_MEDIA, staffFrom.anilist),
    step(KITSU_STAFF, staffFrom.kitsu),
    step(ANIDB_ANIME, staffFrom.anidb),
  ]),
  platformRecommendations: firstAnswer([
    step(JIKAN_RECOMMENDATIONS, recommendationsFrom.jikan),
    step(ANILIST_MEDIA, recommendationsFrom.anilist),
  ]),
  streamingLinks: mergedLinks([
    step(JIKAN_STREAMING, streamingFrom.jikan),
    step(ANILIST_MEDIA, streamingFrom.anilist),
    step(KITSU_STREAMING, streamingFrom.kitsu),
  ]),
  trailer: firstAnswer([
    step(JIKAN_ANIME, (a) => trailerFrom('MYANIMELIST', a)),
    step(ANILIST_MEDIA, (m) => trailerFrom('ANILIST', m)),
    step(KITSU_ANIME, (k) => trailerFrom('KITSU', k)),
  ]),
  externalLinks: mergedLinks([
    step(JIKAN_ANIME, externalFrom.jikan),
    step(ANILIST_MEDIA, externalFrom.anilist),
    step(ANIDB_ANIME, externalFrom.anidb),
  ]),
};

export type EnrichedFieldName = keyof typeof ENRICHED_FIELDS;
export type EnrichedValue<F extends EnrichedFieldName> = ValueOf<(typeof ENRICHED_FIELDS)[F]>;

export const isEnrichedField = (name: string): name is EnrichedFieldName => Object.hasOwn(ENRICHED_FIELDS, name);
