// `npm run docs:errors`: writes docs/errors.md from the error catalog (lib/error-codes.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ERROR_CODES, type ErrorCodeEntry, type Retry } from '../lib/error-codes.js';
import { PROJECT_ROOT } from '../lib/paths.js';

export const ERRORS_DOC_PATH = join(PROJECT_ROOT, 'docs', 'errors.md');

const RETRY: Record<Retry, string> = {
  no: 'No',
  yes: 'Yes, once',
  'after-fix': 'Only after changing the request',
  later: 'Yes, later',
};

const RAISED_BY: Record<ErrorCodeEntry['raisedBy'], string> = {
  anigraph: 'AniGraph',
  'gateway library': "the gateway's GraphQL server",
};

/** The page, from the catalog: a new code there is a new section here. */
export function errorsDoc(): string {
  const entries = Object.entries(ERROR_CODES) as [string, ErrorCodeEntry][];
  return [
    '# Error codes',
    '',
    '<!-- Written by `npm run docs:errors` from lib/error-codes.ts: edit the catalog there, not this page. -->',
    '',
    "Every error in a GraphQL response's `errors` carries `extensions.code`, one of the codes below. An error",
    'from an external platform also carries `extensions.source` (MYANIMELIST, ANILIST, KITSU, ANIDB or',
    'ANIMESCHEDULE), and an error from a subgraph `extensions.serviceName`. Every response has an',
    '`x-correlation-id` header (send your own to follow a request through the logs).',
    '',
    'A platform that fails inside a list of per-platform items (`platformScores`, `streamingLinks`,',
    '`externalLinks`) leaves a null item with its error, and the rest of the answer stands; `dataSources`',
    'says which platform answered and which did not.',
    '',
    '| Code | Retry helps | Raised by |',
    '|---|---|---|',
    ...entries.map(([code, e]) => `| [\`${code}\`](#${code.toLowerCase()}) | ${RETRY[e.retry]} | ${RAISED_BY[e.raisedBy]} |`),
    '',
    ...entries.flatMap(([code, e]) => [
      `## ${code}`,
      '',
      e.meaning,
      '',
      `**Retry:** ${RETRY[e.retry]}. ${e.advice}`,
      '',
      '```json',
      JSON.stringify(e.example, null, 2),
      '```',
      '',
    ]),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(ERRORS_DOC_PATH, errorsDoc());
  console.log(`wrote ${ERRORS_DOC_PATH}`);
}
