import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../lib/config.js';

describe('configuration', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 4000, MAX_PAGE_SIZE: 100, CATALOG_AUTO_DOWNLOAD: true });
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', MAX_PAGE_SIZE: '-1', CATALOG_SUBGRAPH_URL: 'ftp://x' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', MAX_PAGE_SIZE: '-1' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/MAX_PAGE_SIZE/);
    }
  });

  it('reads durations, rates and breaker settings as the README writes them', () => {
    const config = loadConfig({ CACHE_TTL_SCHEDULES: '2h', CACHE_MAX_STALE: '90', JIKAN_BREAKER: '4/10s', ANILIST_RATE_LIMIT: '90/min' });
    expect(config).toMatchObject({
      CACHE_TTL_SCHEDULES: 7200,
      CACHE_MAX_STALE: 90,
      JIKAN_BREAKER: { failures: 4, resetMs: 10_000 },
      ANILIST_RATE_LIMIT: '90/min',
    });
    expect(loadConfig({})).toMatchObject({
      CACHE_TTL_ANIME_DETAILS: 7 * 86_400,
      CACHE_TTL_STREAMING_LINKS: 1800,
      JIKAN_RATE_LIMIT: '3/s,60/min',
      KITSU_BREAKER: { failures: 8, resetMs: 60_000 },
    });
  });

  it('reads EMBEDDING_MODELS as a list, and refuses one card override for several models', () => {
    expect(loadConfig({ EMBEDDING_MODELS: ' Xenova/all-MiniLM-L6-v2, Xenova/bge-small-en-v1.5 ' }).EMBEDDING_MODELS).toEqual([
      'Xenova/all-MiniLM-L6-v2',
      'Xenova/bge-small-en-v1.5',
    ]);
    expect(() => loadConfig({ EMBEDDING_MODELS: 'a/x,a/x' })).toThrowError(/EMBEDDING_MODELS: names a model twice/);
    expect(() => loadConfig({ EMBEDDING_MODELS: 'a/x,b/y', EMBEDDING_POOLING: 'CLS' })).toThrowError(
      /EMBEDDING_POOLING: overrides one model's card/,
    );
    expect(loadConfig({ EMBEDDING_MODELS: 'a/x', EMBEDDING_POOLING: 'CLS' }).EMBEDDING_POOLING).toBe('CLS');
  });

  it('reads the image hosts allowed without ports, and refuses a /graphql body limit that cannot hold a picture', () => {
    expect(loadConfig({ IMAGE_FETCH_ALLOW_HOSTS: 'Images.Example.org, 10.0.0.5, [fd00::1]' }).IMAGE_FETCH_ALLOW_HOSTS).toEqual([
      'images.example.org',
      '10.0.0.5',
      'fd00::1',
    ]);
    expect(() => loadConfig({ IMAGE_FETCH_ALLOW_HOSTS: 'images.example.org:8080' })).toThrowError(
      /IMAGE_FETCH_ALLOW_HOSTS: expected host names or addresses separated by commas, without ports/,
    );
    expect(() => loadConfig({ IMAGE_MAX_BYTES: '10000000' })).toThrowError(/GRAPHQL_MAX_BODY: 8388608 bytes cannot hold a picture/);
    expect(loadConfig({ IMAGE_MAX_BYTES: '10000000', GRAPHQL_MAX_BODY: '14000000' }).GRAPHQL_MAX_BODY).toBe(14_000_000);
  });

  it('chooses the vector store: qdrant with QDRANT_URL, else embedded; pgvector on PGVECTOR_URL, else DATABASE_URL', () => {
    expect(loadConfig({}).VECTOR_STORE).toBe('embedded');
    expect(loadConfig({ QDRANT_URL: 'http://127.0.0.1:6333' }).VECTOR_STORE).toBe('qdrant');
    const db = 'postgres://app@db.example.org:5432/anigraph';
    expect(loadConfig({ VECTOR_STORE: 'pgvector', DATABASE_URL: db })).toMatchObject({ VECTOR_STORE: 'pgvector', PGVECTOR_URL: db });
    const vectors = 'postgresql://reader@replica.example.org/anigraph';
    expect(loadConfig({ VECTOR_STORE: 'pgvector', DATABASE_URL: db, PGVECTOR_URL: vectors }).PGVECTOR_URL).toBe(vectors);
    expect(loadConfig({})).toMatchObject({ PGVECTOR_EF_SEARCH: 100, PGVECTOR_POOL_SIZE: 10, PGVECTOR_EXACT: false });
    expect(() => loadConfig({ VECTOR_STORE: 'pgvector' })).toThrowError(/VECTOR_STORE: pgvector needs PGVECTOR_URL or DATABASE_URL/);
    expect(() => loadConfig({ VECTOR_STORE: 'qdrant' })).toThrowError(/VECTOR_STORE: qdrant needs QDRANT_URL/);
    expect(() => loadConfig({ VECTOR_STORE: 'milvus' })).toThrowError(/VECTOR_STORE/);
    expect(() => loadConfig({ PGVECTOR_EF_SEARCH: '5000' })).toThrowError(/PGVECTOR_EF_SEARCH/);
  });

  it('names a bad duration, rate or breaker setting', () => {
    const bad = { CACHE_TTL_SCHEDULES: 'soon', JIKAN_RATE_LIMIT: 'fast', ANIDB_BREAKER: 'often', REDIS_URL: 'http://x' };
    expect(() => loadConfig(bad)).toThrowError(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      for (const name of Object.keys(bad)) expect((error as Error).message).toContain(name);
    }
  });
});
