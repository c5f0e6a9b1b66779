// The gateway runtime's debug lines (useSubgraphExecuteDebug, useFetchDebug) hold the subgraph
// requests' queries, variables, bodies and headers: a linked account's token is blanked from them,
// however the client passed it, and the rest of the line is kept.
import { describe, expect, it } from 'vitest';
import { redactingWriter, redactSecrets } from '../../gateway/log-redaction.js';

const TOKEN = 'eyJ0eXAiOiJKV1QifQ.the-token-of-the-redaction-test';

describe("the gateway's debug log lines", () => {
  it('blank the variable a token argument takes, whatever its name, and keep the others', () => {
    const attrs = redactSecrets({
      query: 'mutation Link($t:String!$_link_platform:LinkedPlatform!){linkPlatformAccount(token:$t platform:$_link_platform){accountId}}',
      variables: { t: TOKEN, _link_platform: 'ANILIST' },
    });
    expect(attrs.variables).toEqual({ t: '[redacted]', _link_platform: 'ANILIST' });
    expect(attrs.query).toContain('token:$t');
  });

  it('blank a token written inline, and in the JSON body sent to a remote subgraph with its credential headers', () => {
    expect(redactSecrets({ query: `mutation { linkPlatformAccount(platform: ANILIST, token: "${TOKEN}") { accountId } }` }).query).toBe(
      'mutation { linkPlatformAccount(platform: ANILIST, token:"[redacted]") { accountId } }',
    );
    // A block string is a string too; the descriptions elsewhere in a document stay.
    const block = redactSecrets({
      query: `mutation { linkPlatformAccount(platform: ANILIST, token: """${TOKEN}""") { accountId } }`,
    }).query as string;
    expect(block).not.toContain(TOKEN);
    expect(block).toBe('mutation { linkPlatformAccount(platform: ANILIST, token:"[redacted]") { accountId } }');
    expect(redactSecrets({ query: 'query { a(note: """kept""") }' }).query).toBe('query { a(note: """kept""") }');
    const body = JSON.stringify({
      query: 'mutation($token: String!) { linkPlatformAccount(platform: MYANIMELIST, token: $token) { accountId } }',
      variables: { token: TOKEN },
    });
    const attrs = redactSecrets({
      body,
      headers: { 'x-anigraph-viewer': 'signed', authorization: `Bearer ${TOKEN}`, accept: 'application/json' },
    });
    expect(JSON.stringify(attrs)).not.toContain(TOKEN);
    expect(JSON.parse(attrs.body as string).variables).toEqual({ token: '[redacted]' });
    expect(attrs.headers).toEqual({ 'x-anigraph-viewer': '[redacted]', authorization: '[redacted]', accept: 'application/json' });
  });

  it('leave other lines as they are, and pass them on', () => {
    const lines: unknown[] = [];
    const writer = redactingWriter({ write: (level, attrs, msg) => void lines.push([level, attrs, msg]) });
    writer.write('debug', { query: '{ animes { totalCount } }', variables: { first: 1 } }, 'Start');
    writer.write('info', null, 'plain');
    expect(lines).toEqual([
      ['debug', { query: '{ animes { totalCount } }', variables: { first: 1 } }, 'Start'],
      ['info', null, 'plain'],
    ]);
  });
});
