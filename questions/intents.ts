// Which named operations answer each intent, and with which variables. Nothing here reads data: every
// answer comes from the gateway, through `run`.
import {
  AnimeByIdDocument,
  AnimeEnrichmentDocument,
  ListAnimesDocument,
  NextEpisodeDocument,
  RecommendationsDocument,
  ScheduleDocument,
  SearchAnimeDocument,
  SearchByImageDocument,
  SimilarAnimeDocument,
  type ImageInput,
} from '../lib/operations.generated.js';
import type { OperationResult, RunOperation } from '../lib/operation-client.js';
import { QuestionError } from './question-error.js';
import { toFilter } from './parameters.js';
import type { Intent, Parameters, Result, Source } from './schema.js';
import { airing, animeSummary, details, ratings, searchHit, suggestion } from './results.js';

export interface IntentRequest {
  intent: Intent;
  parameters: Parameters;
  /** The request's own words, searched with when the parameters leave no text. */
  queryText?: string;
  limit: number;
  /** A picture to search by (PICTURE_INTENTS only): blended with the words, or alone with the criteria. */
  image?: ImageInput;
  /** The picture's share of a blended ranking, 0 to 1 (the operation's default when left out). */
  imageWeight?: number;
}

export interface IntentAnswer {
  results: Result[];
  sources: Source[];
  /** extensions of the GraphQL answer (responseCache, warnings). */
  extensions: Record<string, unknown>;
  /** Errors of the GraphQL answer that left the rest of it standing, as "CODE: message". */
  partialErrors: string[];
}

const CATALOG: Source[] = [{ name: 'catalog', state: 'OK' }];
/** How many anime a random pick is drawn from (a page of the filtered catalog). */
const RANDOM_POOL = 50;
/** The intents a picture means something to: those answered by a search. */
const PICTURE_INTENTS: readonly Intent[] = ['search', 'seasonal', 'top'];

export async function answerIntent(run: RunOperation, request: IntentRequest): Promise<IntentAnswer> {
  const { intent, parameters: p, limit, image, imageWeight } = request;
  const filter = toFilter(p);
  if (image && !PICTURE_INTENTS.includes(intent)) {
    throw new QuestionError(
      'invalid',
      `A picture is searched with a search question (intents ${PICTURE_INTENTS.join(', ')}); this one asks for "${intent}": ask it without image.`,
      { issues: [{ path: ['image'], message: `not taken by intent ${intent}` }] },
    );
  }
  switch (intent) {
    case 'search':
    case 'seasonal':
    case 'top': {
      // With nothing left to read but criteria understood, the criteria alone list the answer; the raw
      // question is searched only when nothing at all was understood.
      const text = p.text ?? (filter ? undefined : request.queryText);
      if (!text && image) {
        // No words to blend with: the criteria filter, the picture ranks.
        const found = required(await run(SearchByImageDocument, { image, filter, first: limit }), (d) => d.searchByImage);
        return answer(found, found.value.hits.map(searchHit), CATALOG);
      }
      if (!text) {
        // A top list is the best first; the others are lists of what matches, in catalog order.
        const orderBy = intent === 'top' ? 'SCORE' : 'TITLE';
        const listed = required(await run(ListAnimesDocument, { filter, orderBy, first: limit }), (d) => d.animes);
        return answer(listed, listed.value.nodes.map(animeSummary), CATALOG);
      }
      const found = required(await run(SearchAnimeDocument, { query: text, filter, first: limit, image, imageWeight }), (d) => d.search);
      return answer(found, found.value.hits.map(searchHit), CATALOG);
    }
    case 'similar': {
      const id = firstTitle(p, intent);
      const similar = required(await run(SimilarAnimeDocument, { id, filter, first: limit }), (d) => d.similar);
      return answer(similar, similar.value.map(suggestion), CATALOG);
    }
    case 'recommendations': {
      firstTitle(p, intent);
      const liked = p.similarTo!.map((t) => t.id);
      const recommended = required(await run(RecommendationsDocument, { liked, filter, first: limit }), (d) => d.recommendations);
      return answer(recommended, recommended.value.map(suggestion), CATALOG);
    }
    case 'details': {
      const id = firstTitle(p, intent);
      const anime = required(await run(AnimeByIdDocument, { id }), (d) => d.anime, `No anime with id "${id}".`);
      return answer(anime, [details(anime.value)], CATALOG);
    }
    case 'schedule': {
      if (p.similarTo?.length) {
        const animeId = p.similarTo[0].id;
        const next = await run(NextEpisodeDocument, { animeId });
        if (!next.data && next.errors.length) throw QuestionError.fromGraphQL(next.errors);
        const entry = next.data?.nextEpisode;
        const sources = [...CATALOG, ...(entry?.sources ?? []).map((name) => ({ name, state: 'OK' }))];
        return answer(next, entry ? [airing(entry)] : [], sources);
      }
      const schedule = required(await run(ScheduleDocument, { timezone: p.timezone, filter }), (d) => d.schedule);
      const entries = schedule.value.days.flatMap((day) => day.entries).slice(0, limit);
      const sources = schedule.value.dataSources.map(({ platform, state }) => ({ name: platform, state }));
      return answer(schedule, entries.map(airing), sources);
    }
    case 'compare_ratings': {
      const id = firstTitle(p, intent);
      const anime = required(await run(AnimeEnrichmentDocument, { id }), (d) => d.anime, `No anime with id "${id}".`);
      const sources = anime.value.dataSources.map(({ platform, resource, state }) => ({ name: `${platform}:${resource}`, state }));
      return answer(anime, [ratings(anime.value)], [...CATALOG, ...sources]);
    }
    case 'random': {
      const listed = required(await run(ListAnimesDocument, { filter, first: RANDOM_POOL }), (d) => d.animes);
      return answer(listed, shuffled(listed.value.nodes).slice(0, limit).map(animeSummary), CATALOG);
    }
    default:
      throw new QuestionError('not_available', `The intent "${intent satisfies never}" is not served yet.`, {
        feature: `intent:${intent}`,
      });
  }
}

/** The operation's main field; an answer without it is an error (its GraphQL errors, or nothing found). */
function required<T, F>(result: OperationResult<T>, field: (data: T) => F | null | undefined, notFound?: string) {
  const value = result.data ? field(result.data) : undefined;
  if (value === null || value === undefined) {
    if (result.errors.length) throw QuestionError.fromGraphQL(result.errors);
    throw new QuestionError('not_found', notFound ?? 'Nothing was found.');
  }
  return { ...result, value };
}

function firstTitle(p: Parameters, intent: Intent): string {
  const id = p.similarTo?.[0]?.id;
  if (!id) {
    throw new QuestionError('invalid', `The intent "${intent}" needs an anime: name one in the query, or give similarTo.`, {
      issues: [{ path: ['query', 'similarTo'], message: `required for intent ${intent}` }],
    });
  }
  return id;
}

function answer(result: Omit<OperationResult<unknown>, 'data'>, results: Result[], sources: Source[]): IntentAnswer {
  return {
    results,
    sources,
    extensions: result.extensions,
    partialErrors: result.errors.map((e) => `${String(e.extensions?.code ?? 'ERROR')}: ${e.message}`),
  };
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
