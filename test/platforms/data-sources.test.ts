// dataSources in the platforms subgraph itself, on the entity query the gateway sends, against the
// platform fakes: it reports the calls behind the fields next to it however the query selects them.
import { execute, parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { createPlatformsSubgraph } from '../../subgraphs/platforms/subgraph.js';
import { startFakes, type Fakes } from './fakes/start-all.js';

let fakes: Fakes;
let subgraph: Subgraph;

const COWBOY_BEBOP = {
  __typename: 'Anime',
  id: 'mal-1',
  localSynopsis: null,
  platformIds: [
    { platform: 'MYANIMELIST', id: '1' },
    { platform: 'ANILIST', id: '1' },
    { platform: 'KITSU', id: '1' },
    { platform: 'ANIDB', id: '23' },
  ],
};

beforeAll(async () => {
  fakes = await startFakes();
  subgraph = await createPlatformsSubgraph(loadConfig({ ...fakes.env }), createLogger('silent'));
});
afterAll(async () => {
  await subgraph?.close();
  await fakes?.close();
});
beforeEach(() => fakes.reset());

async function entities(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result = (await execute({
    schema: subgraph.schema,
    document: parse(query),
    contextValue: subgraph.createContext(),
    variableValues: { representations: [COWBOY_BEBOP], ...variables },
  })) as ExecutionResult<{ _entities: Record<string, any>[] }>;
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0];
}

describe('dataSources', () => {
  it('follows fragments and inline fragments to the fields next to it, and leaves out skipped ones', async () => {
    const anime = await entities(
      `query ($representations: [_Any!]!, $withStaff: Boolean!) {
        _entities(representations: $representations) {
          ... on Anime { dataSources { platform resource fields } }
          ...Watching
          ... on Anime { staff @include(if: $withStaff) { name } synopsis @skip(if: true) }
        }
      }
      fragment Watching on Anime { trailer { url } ... on Anime { platformRecommendations(first: 1) { title } } }`,
      { withStaff: false },
    );
    expect(anime.dataSources).toEqual([
      { platform: 'MYANIMELIST', resource: 'anime', fields: ['trailer'] },
      { platform: 'MYANIMELIST', resource: 'recommendations', fields: ['platformRecommendations'] },
    ]);
    expect(fakes.jikan.requests.map((r) => r.path).sort()).toEqual(['/v4/anime/1/full', '/v4/anime/1/recommendations']);
    expect(fakes.all.reduce((n, fake) => n + fake.requests.length, 0)).toBe(2);
  });
});
