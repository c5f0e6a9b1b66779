// How an enriched field combines its chain of platforms: the first that answers (asking the next
// only when one has nothing or fails), links merged across all of them, or every answer (scores).
import type { AnimeRepresentation } from '../schema/anime.type.js';
import type { Answer } from './answer.js';
import { mergeLinks, type Link } from './details.js';
import type { PlatformResource } from './platform-resources.js';

/** One platform in a chain: the resource it reads, and what the field makes of it (null: nothing). */
export interface Step<R> {
  from: PlatformResource<unknown>;
  map: (value: unknown) => R | null;
}

export function step<T, R>(from: PlatformResource<T>, map: (value: T) => R | null): Step<R> {
  return { from, map: map as (value: unknown) => R | null };
}

/** Fallback in order; fails with the first error when no platform has a value and one failed. */
export interface FirstAnswer<R> {
  combine: 'FIRST_ANSWER';
  chain: readonly Step<R>[];
  /** The catalog's own value, which spares asking any platform. */
  fromCatalog?: (anime: AnimeRepresentation) => R | null | undefined;
}

/** Every platform's links, one entry per URL; a platform that failed is an error item. */
export interface MergedLinks {
  combine: 'MERGED_LINKS';
  chain: readonly Step<Link[]>[];
}

/** Every platform asked at once; `finish` gets the values and every answer (for what is missing). */
export interface EveryAnswer<V, R> {
  combine: 'EVERY_ANSWER';
  chain: readonly Step<V>[];
  // A method, so that a field finishing its own value type still fits EnrichedField.
  finish(values: V[], answers: Answer<unknown>[]): R;
}

export type EnrichedField = FirstAnswer<unknown> | MergedLinks | EveryAnswer<unknown, unknown>;

export type ValueOf<F> =
  F extends FirstAnswer<infer R>
    ? R | null
    : F extends MergedLinks
      ? (Link | Error)[]
      : F extends { finish(...args: never[]): infer R }
        ? R
        : never;

/** A resource asked for the anime through the request's ledger. */
export type Ask = (resource: PlatformResource<unknown>) => Promise<Answer<unknown>>;

export const firstAnswer = <R>(chain: Step<R>[], options: Pick<FirstAnswer<R>, 'fromCatalog'> = {}): FirstAnswer<R> => ({
  combine: 'FIRST_ANSWER',
  chain,
  ...options,
});
export const mergedLinks = (chain: Step<Link[]>[]): MergedLinks => ({ combine: 'MERGED_LINKS', chain });
export const everyAnswer = <V, R>(chain: Step<V>[], finish: EveryAnswer<V, R>['finish']): EveryAnswer<V, R> => ({
  combine: 'EVERY_ANSWER',
  chain,
  finish,
});

export function resolveChain<F extends EnrichedField>(field: F, anime: AnimeRepresentation, ask: Ask): Promise<ValueOf<F>> {
  const resolved =
    field.combine === 'FIRST_ANSWER' ? first(field, anime, ask) : field.combine === 'MERGED_LINKS' ? merged(field, ask) : every(field, ask);
  return resolved as Promise<ValueOf<F>>;
}

async function first<R>(field: FirstAnswer<R>, anime: AnimeRepresentation, ask: Ask): Promise<R | null> {
  const own = field.fromCatalog?.(anime);
  if (own) return own;
  let failure: Error | undefined;
  for (const { from, map } of field.chain) {
    const answer = await ask(from);
    if (answer.state === 'FAILED') failure ??= answer.error;
    if (answer.state !== 'ANSWERED') continue;
    const value = map(answer.value);
    if (value !== null && !(Array.isArray(value) && value.length === 0)) return value;
  }
  if (failure) throw failure;
  return null;
}

async function merged(field: MergedLinks, ask: Ask): Promise<(Link | Error)[]> {
  const parts = await Promise.all(
    field.chain.map(async ({ from, map }): Promise<Link[] | Error> => {
      const answer = await ask(from);
      if (answer.state === 'FAILED') return answer.error;
      return answer.state === 'ANSWERED' ? (map(answer.value) ?? []) : [];
    }),
  );
  const errors = parts.filter((p): p is Error => p instanceof Error);
  return [...mergeLinks(parts.filter((p): p is Link[] => Array.isArray(p))), ...errors];
}

async function every<V, R>(field: EveryAnswer<V, R>, ask: Ask): Promise<R> {
  const answers = await Promise.all(field.chain.map(({ from }) => ask(from)));
  const values = answers.flatMap((answer, i) => {
    const value = answer.state === 'ANSWERED' ? field.chain[i].map(answer.value) : null;
    return value === null ? [] : [value];
  });
  return field.finish(values, answers);
}
