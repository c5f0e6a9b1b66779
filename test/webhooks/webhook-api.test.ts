// The users subgraph's webhook fields, executed with the caller set as the gateway sets it, on both
// database backends: who may register, what a registration is checked for, and whose webhooks one sees.
import { execute, parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import { createLogger } from '../../lib/logger.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { runWithViewer } from '../../lib/users/current-viewer.js';
import { UserStore } from '../../lib/users/user-store.js';
import type { Viewer } from '../../lib/users/viewer-header.js';
import { createUsersSubgraph } from '../../subgraphs/users/subgraph.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

const log = createLogger('silent');
const REGISTER = `mutation($url: String!, $events: [WebhookEvent!]!, $filter: AnimeFilter) {
  registerWebhook(url: $url, events: $events, filter: $filter) { secret webhook { id url events filter apiKeyId active createdAt } }
}`;
const PUBLIC_URL = 'https://93.184.216.34/hooks/anigraph';

describe.each(['pglite', 'postgres'] as const)('the webhook fields of the users subgraph on %s', (backend) => {
  let scratch: ScratchDatabase | undefined;
  let subgraph: Subgraph;
  let database: ReturnType<typeof sharedDatabase>;
  let users: UserStore;

  const run = async (viewer: Viewer | undefined, query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<any>> => {
    const go = () =>
      execute({ schema: subgraph.schema, document: parse(query), variableValues: variables, contextValue: subgraph.createContext() });
    return (await (viewer ? runWithViewer(viewer, go) : go())) as ExecutionResult<any>;
  };
  const ok = async (viewer: Viewer | undefined, query: string, variables?: Record<string, unknown>) => {
    const result = await run(viewer, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const error = async (viewer: Viewer | undefined, query: string, variables?: Record<string, unknown>) => {
    const result = await run(viewer, query, variables);
    const [first] = result.errors ?? [];
    return { code: first?.extensions?.code, argument: first?.extensions?.argument, message: first?.message };
  };
  /** A user and a key of theirs, as the gateway tells the subgraph after checking the key. */
  const newCaller = async (): Promise<Viewer & { userId: string; keyId: string }> => {
    const user = await users.createUser('Hook owner');
    const { record } = await users.createApiKey(user.id, 'integration');
    return { userId: user.id, keyId: record.id, tier: 'FREE', admin: false };
  };

  beforeAll(async () => {
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    const config = loadConfig({
      DATABASE_DIR: 'memory://',
      ADMIN_API_KEY: 'admin-key-for-the-tests-0123456789',
      WEBHOOK_ALLOW_PRIVATE: 'false',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    });
    subgraph = await createUsersSubgraph(config, log);
    await subgraph.start();
    database = sharedDatabase(config, log);
    users = new UserStore((await database.database).db);
  });
  afterAll(async () => {
    await subgraph?.close();
    await database?.release();
    await scratch?.drop();
  });

  it('registers a webhook for the caller key, shows the secret once, and lists it with its canonical filter', async () => {
    const caller = await newCaller();
    const { registerWebhook } = await ok(caller, REGISTER, {
      url: PUBLIC_URL,
      events: ['EPISODE_AIRED', 'CATALOG_UPDATED', 'EPISODE_AIRED'],
      filter: { tags: { anyOf: ['Mecha', ' action'] }, type: ['TV'], year: { min: 2010, max: null } },
    });
    expect(registerWebhook.secret).toMatch(/^whsec_/);
    expect(registerWebhook.webhook).toMatchObject({
      url: PUBLIC_URL,
      events: ['EPISODE_AIRED', 'CATALOG_UPDATED'],
      apiKeyId: caller.keyId,
      active: true,
    });
    expect(JSON.parse(registerWebhook.webhook.filter)).toEqual({ year: { min: 2010 }, type: ['TV'], tags: { anyOf: ['action', 'mecha'] } });
    const { webhooks } = await ok(caller, '{ webhooks { id url filter active } }');
    expect(webhooks).toEqual([expect.objectContaining({ id: registerWebhook.webhook.id, url: PUBLIC_URL, active: true })]);
    expect(JSON.stringify(webhooks)).not.toContain(registerWebhook.secret);
    // The caller's export lists it, without its secret.
    const { exportMyData } = await ok(caller, 'mutation { exportMyData { document } }');
    expect(JSON.parse(exportMyData.document).webhooks).toEqual([
      expect.objectContaining({ id: registerWebhook.webhook.id, url: PUBLIC_URL }),
    ]);
    expect(exportMyData.document).not.toContain(registerWebhook.secret);
    const { webhookDeliveries } = await ok(
      caller,
      'query($id: ID!) { webhookDeliveries(id: $id) { totalCount nodes { id } pageInfo { hasNextPage } } }',
      {
        id: registerWebhook.webhook.id,
      },
    );
    expect(webhookDeliveries).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    // Revoking the key stops the webhook.
    await users.revokeApiKey(caller.userId, caller.keyId);
    expect((await ok(caller, '{ webhooks { active } }')).webhooks).toEqual([{ active: false }]);
  });

  it('refuses an anonymous caller, and an operator key, which belongs to no API key of a user', async () => {
    for (const query of [
      '{ webhooks { id } }',
      'mutation { deleteWebhook(id: "x") { id } }',
      '{ webhookDeliveries(id: "x") { totalCount } }',
    ]) {
      expect((await error(undefined, query)).code).toBe('UNAUTHENTICATED');
    }
    expect((await error(undefined, REGISTER, { url: PUBLIC_URL, events: ['EPISODE_AIRED'] })).code).toBe('UNAUTHENTICATED');
    const operator: Viewer = { userId: null, tier: 'ENTERPRISE', keyId: null, admin: true };
    expect((await error(operator, REGISTER, { url: PUBLIC_URL, events: ['EPISODE_AIRED'] })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a URL that resolves to a loopback, private or link-local address while WEBHOOK_ALLOW_PRIVATE is off', async () => {
    const caller = await newCaller();
    for (const [url, kind] of [
      ['http://127.0.0.1:8080/hook', 'loopback'],
      ['http://10.0.0.5/hook', 'private'],
      ['http://169.254.169.254/latest/meta-data', 'link-local'],
      ['http://[::ffff:192.168.0.1]/hook', 'private'],
      ['http://localhost:3000/hook', 'loopback'],
    ]) {
      const refused = await error(caller, REGISTER, { url, events: ['EPISODE_AIRED'] });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'url' });
      expect(refused.message).toContain(`a ${kind} address`);
      expect(refused.message).toContain('WEBHOOK_ALLOW_PRIVATE');
    }
    expect(await error(caller, REGISTER, { url: 'file:///etc/passwd', events: ['EPISODE_AIRED'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'url',
    });
    expect((await ok(caller, '{ webhooks { id } }')).webhooks).toEqual([]);
  });

  it('refuses no events, a reversed range, and more than 20 webhooks on one key', async () => {
    const caller = await newCaller();
    expect(await error(caller, REGISTER, { url: PUBLIC_URL, events: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'events' });
    expect(
      await error(caller, REGISTER, { url: PUBLIC_URL, events: ['AIRING_SOON'], filter: { year: { min: 2020, max: 2000 } } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.year',
    });
    for (let i = 0; i < 20; i++) await ok(caller, REGISTER, { url: `${PUBLIC_URL}/${i}`, events: ['AIRING_SOON'] });
    const capped = await error(caller, REGISTER, { url: `${PUBLIC_URL}/21`, events: ['AIRING_SOON'] });
    expect(capped.code).toBe('BAD_USER_INPUT');
    expect(capped.message).toMatch(/at most 20 webhooks/);
  });

  it("answers NOT_FOUND for another user's webhook, and deletes one's own", async () => {
    const [owner, stranger] = [await newCaller(), await newCaller()];
    const { registerWebhook } = await ok(owner, REGISTER, { url: PUBLIC_URL, events: ['SCHEDULE_CHANGED'] });
    const id = registerWebhook.webhook.id;
    expect((await error(stranger, 'query($id: ID!) { webhookDeliveries(id: $id) { totalCount } }', { id })).code).toBe('NOT_FOUND');
    expect((await error(stranger, 'mutation($id: ID!) { deleteWebhook(id: $id) { id } }', { id })).code).toBe('NOT_FOUND');
    expect((await ok(stranger, '{ webhooks { id } }')).webhooks).toEqual([]);
    expect((await ok(owner, 'mutation($id: ID!) { deleteWebhook(id: $id) { id url } }', { id })).deleteWebhook).toEqual({
      id,
      url: PUBLIC_URL,
    });
    expect((await error(owner, 'mutation($id: ID!) { deleteWebhook(id: $id) { id } }', { id })).code).toBe('NOT_FOUND');
    expect((await ok(owner, '{ webhooks { id } }')).webhooks).toEqual([]);
  });
});
