// Keeps secrets out of the gateway runtime's debug log lines. At LOG_LEVEL=debug the runtime logs each
// subgraph request's query and variables (useSubgraphExecuteDebug) and, for a remote subgraph, the
// body and headers it sends (useFetchDebug): a platform token given to linkPlatformAccount would be
// in them, whatever the client named its variable (or inlined as a literal). Every argument named
// `token` is blanked, as are the headers that carry credentials.
import type { LogWriter } from '@graphql-hive/logger';

const REDACTED = '[redacted]';
const SECRET_ARGUMENTS = ['token'];
const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', 'x-anigraph-viewer']);

const argumentPattern = (kind: 'variable' | 'literal') =>
  new RegExp(
    `\\b(?:${SECRET_ARGUMENTS.join('|')})\\s*:\\s*${kind === 'variable' ? '\\$(\\w+)' : '(?:"""[\\s\\S]*?"""|"(?:[^"\\\\]|\\\\.)*")'}`,
    'g',
  );
const SECRET_VARIABLE = argumentPattern('variable');
const SECRET_LITERAL = argumentPattern('literal');

/** The query with secret literals blanked, and the names of the variables that secret arguments take. */
function scrubQuery(query: string): { query: string; secretVariables: Set<string> } {
  const secretVariables = new Set([...query.matchAll(SECRET_VARIABLE)].map((match) => match[1]));
  return { query: query.replace(SECRET_LITERAL, (match) => `${match.slice(0, match.indexOf(':') + 1)}"${REDACTED}"`), secretVariables };
}

function scrubVariables(variables: unknown, secret: Set<string>): unknown {
  if (!variables || typeof variables !== 'object' || secret.size === 0) return variables;
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, secret.has(name) ? REDACTED : value]));
}

/** A GraphQL request body as sent to a subgraph (JSON), scrubbed; anything else as it is. */
function scrubBody(body: string): string {
  try {
    const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown };
    if (typeof parsed.query !== 'string') return body;
    const { query, secretVariables } = scrubQuery(parsed.query);
    return JSON.stringify({ ...parsed, query, variables: scrubVariables(parsed.variables, secretVariables) });
  } catch {
    return body;
  }
}

function scrubHeaders(headers: unknown): unknown {
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return headers;
  const entries = typeof (headers as Headers).entries === 'function' ? [...(headers as Headers).entries()] : Object.entries(headers);
  return Object.fromEntries(entries.map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value]));
}

/** The attributes of one log line with the secrets above blanked. */
export function redactSecrets(attrs: Record<string, unknown>): Record<string, unknown> {
  const out = { ...attrs };
  if (typeof out.query === 'string') {
    const { query, secretVariables } = scrubQuery(out.query);
    out.query = query;
    out.variables = scrubVariables(out.variables, secretVariables);
  }
  if (typeof out.body === 'string') out.body = scrubBody(out.body);
  if ('headers' in out) out.headers = scrubHeaders(out.headers);
  return out;
}

/** `inner`, writing every line through redactSecrets. */
export function redactingWriter(inner: LogWriter): LogWriter {
  return {
    write: (level, attrs, msg) =>
      inner.write(
        level,
        attrs && typeof attrs === 'object' && !Array.isArray(attrs) ? redactSecrets(attrs as Record<string, unknown>) : attrs,
        msg,
      ),
    flush: inner.flush ? () => inner.flush!() : undefined,
  };
}
