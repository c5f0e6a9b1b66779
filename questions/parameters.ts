// Between the three shapes of a request's criteria: what understandQuery answers, the REST contract
// (metadata.parameters), and the AnimeFilter input the catalog operations take.
import type { AnimeFilter, UnderstandQueryQuery } from '../lib/operations.generated.js';
import type { Intent, Parameters } from './schema.js';

type Understanding = UnderstandQueryQuery['understandQuery'];

/** The understanding as REST parameters: lower-case intent, and only the criteria the request named. */
export function fromUnderstanding(u: Understanding): Parameters & { intent: Intent } {
  const p: Parameters & { intent: Intent } = { intent: u.intent.toLowerCase() as Intent };
  if (u.text) p.text = u.text;
  if (u.similarTo.length) p.similarTo = u.similarTo.map(({ id, title }) => ({ id, title }));
  if (u.years) p.years = definedOnly({ from: u.years.from, to: u.years.to });
  if (u.season && u.season.season !== 'UNDEFINED') p.season = { year: u.season.year, season: u.season.season };
  if (u.types.length) p.types = [...u.types];
  if (u.tagsInclude.length) p.tagsInclude = [...u.tagsInclude];
  if (u.tagsExclude.length) p.tagsExclude = [...u.tagsExclude];
  if (u.episodes) p.episodes = definedOnly({ min: u.episodes.min, max: u.episodes.max });
  if (u.studios.length) p.studios = [...u.studios];
  if (u.minScore !== null) p.minScore = u.minScore;
  if (u.status.length) p.status = [...u.status];
  if (u.timezone) p.timezone = u.timezone;
  return p;
}

/** The catalog filter the parameters ask for; undefined when they restrict nothing. */
export function toFilter(p: Parameters): AnimeFilter | undefined {
  const filter: AnimeFilter = {};
  if (p.season) {
    filter.year = { min: p.season.year, max: p.season.year };
    filter.season = [p.season.season];
  } else if (p.years && (p.years.from !== undefined || p.years.to !== undefined)) {
    filter.year = definedOnly({ min: p.years.from, max: p.years.to });
  }
  if (p.types?.length) filter.type = p.types;
  if (p.status?.length) filter.status = p.status;
  if (p.tagsInclude?.length || p.tagsExclude?.length) {
    filter.tags = definedOnly({
      // Any of them: a question's descriptor suggests several tags ("dark": dark fantasy, psychological,
      // tragedy), and an anime rarely has them all; the operation's ranking orders by how well each fits.
      anyOf: p.tagsInclude?.length ? p.tagsInclude : undefined,
      noneOf: p.tagsExclude?.length ? p.tagsExclude : undefined,
    });
  }
  if (p.studios?.length) filter.studios = p.studios;
  if (p.episodes && (p.episodes.min !== undefined || p.episodes.max !== undefined)) {
    filter.episodes = definedOnly({ min: p.episodes.min, max: p.episodes.max });
  }
  // The catalog's score runs from 1 to 10, the parameters' from 0 to 10: a minimum under 1 restricts nothing.
  if (p.minScore !== undefined && p.minScore > 1) filter.score = { min: p.minScore };
  return Object.keys(filter).length ? filter : undefined;
}

function definedOnly<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null | undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}
