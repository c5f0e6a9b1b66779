// docker-compose.yml, held to the code: each container starts an entry point that exists and gets
// the variables its part reads (lib/config.ts CONFIG_READERS), and the ones it needs to reach its
// services. (`.ci/run` also runs `docker compose config` where the compose plugin is installed.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_KEYS, CONFIG_READERS } from '../lib/config.js';
import { PROJECT_ROOT } from '../lib/paths.js';

interface Service {
  image?: string;
  command?: string;
  environment?: Record<string, string>;
}

const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
/** Read by Node or the libraries themselves, not by lib/config.ts. */
const PROCESS_VARIABLES = ['NODE_ENV', 'NODE_OPTIONS', 'APOLLO_TELEMETRY_DISABLED'];
const PARTS = {
  gateway: 'gateway',
  catalog: 'catalog',
  platforms: 'platforms',
  schedules: 'schedules',
  users: 'users',
  analytics: 'analytics',
} as const;

describe('docker-compose.yml', () => {
  it('names only variables AniGraph reads', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.image?.startsWith('node:')) continue;
      const unknown = Object.keys(service.environment ?? {}).filter(
        (key) => !PROCESS_VARIABLES.includes(key) && !(CONFIG_KEYS as string[]).includes(key),
      );
      expect(unknown, `service ${name}`).toEqual([]);
    }
  });

  it.each(Object.entries(PARTS))("gives the %s container only its own part's variables", (service, part) => {
    const allowed = new Set<string>([...CONFIG_READERS.server, ...CONFIG_READERS[part], ...PROCESS_VARIABLES]);
    const foreign = Object.keys(services[service].environment ?? {}).filter((key) => !allowed.has(key));
    expect(foreign).toEqual([]);
  });

  it('points every subgraph container at its own entry point, and the gateway at every subgraph', () => {
    for (const name of ['catalog', 'platforms', 'schedules', 'users', 'analytics']) {
      expect(services[name].command).toBe(`node dist/subgraphs/${name}/index.js`);
      expect(existsSync(join(PROJECT_ROOT, `subgraphs/${name}/index.ts`))).toBe(true);
    }
    expect(services.gateway.environment).toMatchObject({
      CATALOG_SUBGRAPH_URL: 'http://catalog:4001/graphql',
      PLATFORMS_SUBGRAPH_URL: 'http://platforms:4002/graphql',
      SCHEDULES_SUBGRAPH_URL: 'http://schedules:4003/graphql',
      USERS_SUBGRAPH_URL: 'http://users:4004/graphql',
      ANALYTICS_SUBGRAPH_URL: 'http://analytics:4005/graphql',
    });
    expect(services.schedules.environment).toMatchObject({ CATALOG_SUBGRAPH_URL: 'http://catalog:4001/graphql' });
  });

  it('wires the services each part uses: Qdrant (or the PostgreSQL of the users, with pgvector) and the model to the catalog, Redis to the platforms and schedules', () => {
    expect(services.catalog.environment).toMatchObject({
      VECTOR_STORE: '${VECTOR_STORE:-qdrant}',
      QDRANT_URL: 'http://qdrant:6333',
      PGVECTOR_URL: services.users.environment?.DATABASE_URL,
      MODEL_DIR: expect.any(String),
    });
    expect(services.platforms.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379' });
    expect(services.schedules.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379' });
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['qdrant', 'redis']));
  });

  it('gives the users and analytics subgraphs and the gateway the same PostgreSQL and the same GATEWAY_SECRET', () => {
    expect(services.users.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
    for (const name of ['DATABASE_URL', 'GATEWAY_SECRET', 'ADMIN_API_KEY']) {
      expect(services.gateway.environment?.[name], name).toBe(services.users.environment?.[name]);
      expect(services.analytics.environment?.[name], name).toBe(services.users.environment?.[name]);
    }
    expect(services.postgres.image).toMatch(/^pgvector\/pgvector:pg\d+$/);
  });
});

describe('CONFIG_READERS', () => {
  it('says which part reads every variable', () => {
    const read = new Set(Object.values(CONFIG_READERS).flat());
    expect(CONFIG_KEYS.filter((key) => !read.has(key))).toEqual([]);
  });
});
