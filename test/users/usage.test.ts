// User.usage: what the caller used of their daily quotas, read from the gateway's own counters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithFakes, type AppWithFakes } from '../helpers/app-with-fakes.js';

const ADMIN_API_KEY = 'admin-key-for-the-usage-tests';
const admin = { authorization: `Bearer ${ADMIN_API_KEY}` };
const USAGE = '{ viewer { tier usage { today { queries enhanced } limits { queries enhanced } resetsAt } } }';

let world: AppWithFakes;

beforeAll(async () => {
  world = await startAppWithFakes({
    ADMIN_API_KEY,
    QUOTA_FREE_QUERIES_PER_DAY: '50',
    QUOTA_FREE_ENHANCED_PER_DAY: '5',
    QUOTA_ENTERPRISE_QUERIES_PER_DAY: '0',
    QUOTA_ENTERPRISE_ENHANCED_PER_DAY: '0',
    RESPONSE_CACHE_TTL: '0',
  });
});

afterAll(async () => {
  await world?.close();
});

async function keyFor(tier: string): Promise<Record<string, string>> {
  const { body } = await world.t.gql('mutation($tier: Tier!) { createUser(name: "u", tier: $tier) { id } }', { tier }, admin);
  const created = await world.t.gql(
    'mutation($id: ID!) { createApiKey(name: "k", userId: $id) { key } }',
    { id: body.data.createUser.id },
    admin,
  );
  return { authorization: `Bearer ${created.body.data.createApiKey.key}` };
}

describe('User.usage', () => {
  it("counts the caller's queries and enhanced queries against their tier's limits", async () => {
    const key = await keyFor('FREE');
    const before = Date.now();
    await world.t.gql('{ anime(id: "mal-1") { title } }', {}, key);
    await world.t.gql('{ anime(id: "mal-1") { platformScores { platform } } }', {}, key);
    const { body } = await world.t.gql(USAGE, {}, key);
    expect(body.errors).toBeUndefined();
    const usage = body.data.viewer.usage;
    // The question about usage is a query of its own, counted before it is answered.
    expect(usage.today).toEqual({ queries: 3, enhanced: 1 });
    expect(usage.limits).toEqual({ queries: 50, enhanced: 5 });
    const resetsAt = Date.parse(usage.resetsAt);
    expect(resetsAt).toBeGreaterThan(before + 23 * 3_600_000);
    expect(resetsAt).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000 + 1_000);
  });

  it('counts an unlimited tier too, and says it has no limits', async () => {
    const key = await keyFor('ENTERPRISE');
    await world.t.gql('{ anime(id: "mal-1") { title } }', {}, key);
    const { body } = await world.t.gql(USAGE, {}, key);
    expect(body.data.viewer.usage).toMatchObject({ today: { queries: 2, enhanced: 0 }, limits: { queries: null, enhanced: null } });
  });
});

describe('analytics of refused operations', () => {
  it('records an operation the quotas refuse, with its QUOTA_EXCEEDED', async () => {
    const key = await keyFor('FREE');
    const from = new Date(Date.now() - 1_000);
    // The FREE tier's 50 queries a day, then one more.
    for (let i = 0; i < 50; i++) expect((await world.t.gql('query Stats { catalogStats { total } }', {}, key)).status).toBe(200);
    const refused = await world.t.gql('query Stats { catalogStats { total } }', {}, key);
    expect(refused.status).toBe(429);
    await world.t.app.analytics.recorder.flush();
    const { body } = await world.t.gql(
      'query($from: DateTimeISO!, $to: DateTimeISO!) { analyticsReport(from: $from, to: $to) { errors { code count } } }',
      { from: from.toISOString(), to: new Date(Date.now() + 1_000).toISOString() },
      admin,
    );
    expect(body.data.analyticsReport.errors).toContainEqual({ code: 'QUOTA_EXCEEDED', count: 1 });
  });
});
