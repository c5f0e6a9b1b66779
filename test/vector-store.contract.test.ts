// One behaviour contract for every VectorStore, on small synthetic unit vectors (no model).
import { QdrantClient } from '@qdrant/js-client-rest';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnimeStatus, AnimeType, Season, type Anime } from '../subgraphs/catalog/catalog/anime.js';
import { createLogger } from '../lib/logger.js';
import { EmbeddedVectorStore } from '../subgraphs/catalog/semantic/embedded.store.js';
import { PgvectorVectorStore } from '../subgraphs/catalog/semantic/pgvector/pgvector.store.js';
import { QdrantVectorStore } from '../subgraphs/catalog/semantic/qdrant.store.js';
import {
  filterPayload,
  type AnimeVectors,
  type DenseQuery,
  type VectorIndex,
  type VectorStore,
} from '../subgraphs/catalog/semantic/vector-store.js';
import { pgvectorPresent } from './helpers/pgvector.js';
import { freshPostgresDatabase, type ScratchDatabase } from './helpers/postgres.js';

const DIM = 8;

/** A unit vector from {axis: weight} (normalized). */
function unit(weights: Record<number, number>, dimensions = DIM): Float32Array {
  const v = new Float32Array(dimensions);
  for (const [axis, w] of Object.entries(weights)) v[Number(axis)] = w;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function anime(id: string, fields: Partial<Anime> = {}): Anime {
  return {
    id,
    ordinal: 0,
    title: id,
    synonyms: [],
    type: AnimeType.TV,
    episodes: 12,
    status: AnimeStatus.FINISHED,
    season: Season.SPRING,
    year: 2000,
    picture: '',
    thumbnail: '',
    durationSeconds: 1440,
    score: null,
    studios: [],
    producers: [],
    tags: [],
    relatedAnime: [],
    sources: [],
    platformIds: [],
    synopsis: null,
    ...fields,
  };
}

interface Entry {
  anime: Anime;
  doc: Float32Array;
  docWeight?: number;
  sentences?: Float32Array[];
  titles?: Float32Array[];
}

const vectorsOf = (entries: Entry[]): AnimeVectors[] =>
  entries.map((e) => ({
    animeId: e.anime.id,
    doc: e.doc,
    docWeight: e.docWeight ?? 1,
    sentences: e.sentences ?? [],
    titles: e.titles ?? [],
    payload: filterPayload(e.anime),
  }));

// Against the query axis 0: doc-match 1 by doc, sentence-match 0.9 by a sentence, title-match 0.8 by a
// title, weighted 0.5 (doc 1 × weight 0.5), weak 0.3 by doc. Every other vector is orthogonal to it.
const docMatch: Entry = {
  anime: anime('doc-match', { year: 2001, tags: ['action'], studios: ['Sunrise'] }),
  doc: unit({ 0: 1 }),
  sentences: [unit({ 3: 1 })],
  titles: [unit({ 4: 1 })],
};
const sentenceMatch: Entry = {
  anime: anime('sentence-match', { year: 2005, tags: ['space'] }),
  doc: unit({ 5: 1 }),
  sentences: [unit({ 3: 1 }), unit({ 0: 0.9, 1: Math.sqrt(1 - 0.81) })],
  titles: [unit({ 6: 1 })],
};
const titleMatch: Entry = {
  anime: anime('title-match', { type: AnimeType.MOVIE, year: null, tags: ['drama'] }),
  doc: unit({ 6: 1 }),
  titles: [unit({ 7: 1 }), unit({ 0: 0.8, 2: 0.6 })],
};
const weighted: Entry = {
  anime: anime('weighted', { type: AnimeType.ONA, year: 2012, tags: ['mecha'] }),
  doc: unit({ 0: 1 }),
  docWeight: 0.5,
  titles: [unit({ 5: 1 })],
};
const weak: Entry = {
  anime: anime('weak', { type: AnimeType.OVA, year: 2010, tags: ['comedy'] }),
  doc: unit({ 0: 0.3, 7: Math.sqrt(1 - 0.09) }),
  titles: [unit({ 7: 1 })],
};
const ENTRIES = [docMatch, sentenceMatch, titleMatch, weighted, weak];
const QUERY = unit({ 0: 1 });

/** `digits`: how closely scores match the exact cosines (int8 rows round each value to 1/127 of the row's largest). */
function contract(
  name: string,
  makeStore: () => VectorStore | Promise<VectorStore>,
  cleanup: () => Promise<void>,
  suite = describe,
  digits = 5,
) {
  suite(`VectorStore contract: ${name}`, () => {
    let store: VectorStore;
    let index: VectorIndex;
    const catalog = new Map(ENTRIES.map((e) => [e.anime.id, e.anime]));
    const result = (query: Partial<DenseQuery> = {}, from = index) =>
      from.search({ vector: QUERY, limit: 10, lookup: (id) => catalog.get(id), ...query });
    const search = async (query: Partial<DenseQuery> = {}, from = index) => (await result(query, from)).hits;
    const ids = async (query: Partial<DenseQuery> = {}) => (await search(query)).map((hit) => hit.animeId);

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store.close();
      await cleanup();
    });

    describe('after a load', () => {
      beforeEach(async () => {
        index = await store.load(vectorsOf(ENTRIES), DIM);
      });

      it('counts each anime once, whatever its number of vectors', async () => {
        expect(await index.count()).toBe(ENTRIES.length);
      });

      it("says where the query's doc scores sit (what fuses one model's scores with another's)", async () => {
        const { hits, mean, deviation } = await result();
        const docs = hits.map((hit) => hit.doc);
        expect(Math.min(...docs)).toBeLessThan(mean);
        expect(Math.max(...docs)).toBeGreaterThan(mean);
        expect(deviation).toBeGreaterThan(0);
      });

      it('ranks anime by their closest doc, sentence or title vector, best first', async () => {
        const hits = await search();
        expect(hits.map((hit) => hit.animeId)).toEqual(['doc-match', 'sentence-match', 'title-match', 'weighted', 'weak']);
        const [doc, sentence, title] = hits;
        expect(doc.doc).toBeCloseTo(1, digits);
        expect(sentence.sentence).toBeCloseTo(0.9, digits);
        expect(sentence.doc).toBeCloseTo(0, digits);
        expect(title.title).toBeCloseTo(0.8, digits);
        expect(title.sentence).toBe(-1);
      });

      it('scores doc vectors only when asked to', async () => {
        const hits = await search({ docsOnly: true, limit: 3 });
        expect(hits.map((hit) => hit.animeId)).toEqual(['doc-match', 'weighted', 'weak']);
        expect(hits.every((hit) => hit.sentence === -1 && hit.title === -1)).toBe(true);
      });

      it('returns at most `limit` anime', async () => {
        expect(await ids({ limit: 2 })).toEqual(['doc-match', 'sentence-match']);
      });

      it('scales a doc score down by a doc weight below 1', async () => {
        const hit = (await search()).find((h) => h.animeId === 'weighted');
        expect(hit?.doc).toBeCloseTo(0.5, digits);
      });

      it('applies the filter: type, year range (null years excluded), tags noneOf, studios', async () => {
        expect(await ids({ filter: { type: [AnimeType.MOVIE] } })).toEqual(['title-match']);
        expect(await ids({ filter: { year: { min: 2004, max: 2011 } } })).toEqual(['sentence-match', 'weak']);
        expect(await ids({ filter: { year: { min: 2000 } } })).toEqual(['doc-match', 'sentence-match', 'weighted', 'weak']);
        expect(await ids({ filter: { tags: { noneOf: ['SPACE', 'Drama'] } } })).toEqual(['doc-match', 'weighted', 'weak']);
        expect(await ids({ filter: { studios: ['sunrise'] } })).toEqual(['doc-match']);
      });

      it('rejects a reversed range as BAD_USER_INPUT', async () => {
        const error = await search({ filter: { year: { min: 2010, max: 2000 } } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      });

      it('leaves out excluded anime', async () => {
        expect(await ids({ exclude: ['doc-match', 'title-match'] })).toEqual(['sentence-match', 'weighted', 'weak']);
      });

      it('scores alsoScore anime beyond the limit, but not those the filter rejects', async () => {
        const hits = await search({ limit: 1, alsoScore: ['weak'] });
        expect(hits.map((hit) => hit.animeId)).toEqual(['doc-match', 'weak']);
        expect(hits[1].doc).toBeCloseTo(0.3, digits);
        expect(await ids({ limit: 1, alsoScore: ['weak'], filter: { type: [AnimeType.TV] } })).toEqual(['doc-match']);
      });

      it('drops anime the catalog no longer has', async () => {
        const lookup = (id: string) => (id === 'doc-match' ? undefined : catalog.get(id));
        expect(await ids({ lookup })).toEqual(['sentence-match', 'title-match', 'weighted', 'weak']);
      });

      it('returns the stored doc vector, and undefined for an unknown anime', async () => {
        expect(Array.from((await index.docVector('weak'))!)).toEqual(Array.from(weak.doc, (x) => expect.closeTo(x, digits)));
        expect(await index.docVector('no-such-anime')).toBeUndefined();
      });

      it('forgets anime, sentences and titles that a new load no longer has', async () => {
        const fresh: Entry = { anime: anime('fresh'), doc: unit({ 0: 0.6, 1: 0.8 }) };
        const previous = index;
        index = await store.load(vectorsOf([{ ...docMatch, sentences: [], titles: [] }, weak, fresh]), DIM);
        previous.retire();
        catalog.set('fresh', fresh.anime);
        expect(await index.count()).toBe(3);
        const hits = await search();
        expect(hits.map((hit) => hit.animeId)).toEqual(['doc-match', 'fresh', 'weak']);
        expect(hits[0]).toMatchObject({ sentence: -1, title: -1 });
        expect(await index.docVector('sentence-match')).toBeUndefined();
      });

      it('answers every search sent to the old vectors while new ones load and the old ones retire', async () => {
        const previous = index;
        const inFlight = Array.from({ length: 20 }, () => search({ limit: 1 }, previous));
        const loading = store.load(vectorsOf(ENTRIES), DIM);
        previous.retire();
        index = await loading;
        const after = Array.from({ length: 5 }, () => search({ limit: 1 }));
        const answers = await Promise.all([...inFlight, ...after]);
        expect(answers.map((hits) => hits.map((hit) => hit.animeId))).toEqual(Array.from({ length: 25 }, () => ['doc-match']));
      });

      it('settles a search sent to retired vectors after their last search was answered: hits, or an error that says so, never silence', async () => {
        const retired = index;
        await search({ limit: 1 }, retired);
        index = await store.load(vectorsOf(ENTRIES), DIM);
        retired.retire();
        // The embedded store's scan worker stops once idle; a search that still holds the old vectors comes after.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const late = await search({ limit: 1 }, retired).catch((error: Error) => error);
        if (late instanceof Error) expect(late.message).toMatch(/no longer served/);
        else expect(late.map((hit) => hit.animeId)).toEqual(['doc-match']);
      });

      it('answers each search during a load with the old vectors or the new, never a mix', async () => {
        // The old set points the query's way from anime old-*, the new one from new-*: a search that
        // saw part of each would return both.
        const side = (prefix: string, axis: number) =>
          Array.from({ length: 30 }, (_, i): Entry => ({ anime: anime(`${prefix}-${i}`), doc: unit({ 0: 1, [axis]: 0.1 + i / 100 }) }));
        const [before, after] = [side('old', 1), side('new', 2)];
        for (const entry of [...before, ...after]) catalog.set(entry.anime.id, entry.anime);
        const previous = await store.load(vectorsOf(before), DIM);
        index.retire();
        let loaded = false;
        const loading = store.load(vectorsOf(after), DIM).finally(() => (loaded = true));
        const answers: string[][] = [];
        while (!loaded) answers.push((await search({ limit: 30 }, previous)).map((hit) => hit.animeId));
        index = await loading;
        previous.retire();
        answers.push((await search({ limit: 30 })).map((hit) => hit.animeId));
        for (const ids of answers) expect(new Set(ids.map((id) => id.split('-')[0])).size).toBe(1);
        expect(answers.at(-1)![0]).toMatch(/^new-/);
      });

      it('serves vectors of a new dimension after a load with it', async () => {
        index = await store.load([{ ...vectorsOf([weak])[0], doc: unit({ 0: 1 }, 4), titles: [] }], 4);
        expect(await index.count()).toBe(1);
        expect(await ids({ vector: unit({ 0: 1 }, 4) })).toEqual(['weak']);
        expect((await index.docVector('weak'))?.length).toBe(4);
      });
    });
  });
}

contract(
  'embedded',
  () => new EmbeddedVectorStore(),
  async () => {},
);

contract(
  'embedded, int8',
  () => new EmbeddedVectorStore('int8'),
  async () => {},
  describe,
  2,
);

let pgvectorDatabase: ScratchDatabase | undefined;
contract(
  'pgvector',
  async () => {
    pgvectorDatabase = await freshPostgresDatabase();
    const options = { url: pgvectorDatabase.url, poolSize: 4, efSearch: 100, exact: false, model: 'Xenova/all-MiniLM-L6-v2' };
    return new PgvectorVectorStore(options, createLogger('silent'));
  },
  async () => pgvectorDatabase?.drop(),
  pgvectorPresent ? describe : describe.skip,
);

const qdrantUrl = process.env.QDRANT_URL;
const collection = `anigraph-contract-${process.pid}-${Date.now()}`;
if (!qdrantUrl) console.log('Qdrant vector store contract skipped: QDRANT_URL is not set (no Qdrant server to test against).');
contract(
  'qdrant',
  () =>
    new QdrantVectorStore({
      url: qdrantUrl!,
      collection,
      model: 'Xenova/all-MiniLM-L6-v2',
      apiKey: process.env.QDRANT_API_KEY,
      batchSize: 3,
    }),
  async () => {
    const client = new QdrantClient({ url: qdrantUrl!, apiKey: process.env.QDRANT_API_KEY, checkCompatibility: false });
    if ((await client.collectionExists(collection)).exists) await client.deleteCollection(collection);
  },
  qdrantUrl ? describe : describe.skip,
);
