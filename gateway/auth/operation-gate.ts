// What a GraphQL operation may do under its caller's quotas: counted as a query (refused with 429 past
// the daily quota), and, when it selects platform fields, counted as enhanced — past that quota it
// still runs, without the platform fields, which are answered as null with a QUOTA_EXCEEDED error.
import { getOperationAST, GraphQLError, Kind, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { quotaError, quotaExtensions, rateLimitHeaders } from './answers.js';
import { ownedFieldsSelected, withoutOwnedFields, withSkippedAsNull } from './platform-fields.js';
import type { Quotas, QuotaVerdict } from '../../lib/users/quotas.js';
import { currentTicket, type Ticket } from './ticket.js';

export type Admission =
  /** Run it as it is. */
  | { run: 'as-is' }
  /** Answer this instead (a query quota used up, or nothing left once the platform fields are out). */
  | { run: 'no'; result: ExecutionResult }
  /** Run `document` and hand its result to `finish`. */
  | { run: 'without-platform-fields'; document: DocumentNode; finish: (result: ExecutionResult) => ExecutionResult };

export class OperationGate {
  constructor(
    private readonly quotas: Quotas,
    private readonly platformFields: ReadonlySet<string>,
  ) {}

  async admit(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Promise<Admission> {
    const ticket = currentTicket();
    // An operation the gateway runs for itself (no client request) is not counted, nor is a schema
    // lookup (GraphiQL and client tools introspect on every start).
    if (!ticket || onlyIntrospection(document, operationName)) return { run: 'as-is' };
    const { tier } = ticket.caller.viewer;
    const queries = await this.count(ticket, 'queries');
    if (queries) setHeaders(ticket, rateLimitHeaders(queries));
    if (queries && !queries.allowed) return { run: 'no', result: { errors: [quotaError(queries, tier)] } };

    const touched = ownedFieldsSelected(schema, document, this.platformFields);
    if (touched.length === 0) return { run: 'as-is' };
    const enhanced = await this.count(ticket, 'enhanced');
    if (!enhanced || enhanced.allowed) return { run: 'as-is' };
    const error = new GraphQLError(
      `The daily enhanced quota of the ${tier} tier (${enhanced.limit}) is used up: the platform fields were skipped (null): ${touched.join(', ')}. It renews in ${enhanced.resetSeconds} s.`,
      { extensions: { ...quotaExtensions(enhanced), skippedFields: touched } },
    );
    const stripped = withoutOwnedFields(schema, document, this.platformFields);
    if (!stripped) {
      return {
        run: 'no',
        result: {
          errors: [
            new GraphQLError(error.message, {
              extensions: { ...error.extensions, http: { status: 429, headers: rateLimitHeaders(enhanced) } },
            }),
          ],
        },
      };
    }
    return {
      run: 'without-platform-fields',
      document: stripped,
      finish: (result) => {
        const filled = withSkippedAsNull(result, schema, document, operationName, this.platformFields);
        return { ...filled, errors: [...(filled.errors ?? []), error] };
      },
    };
  }

  /** Counts the language model's use as enhanced; false when the enhanced quota is used up. */
  async mayEnhance(): Promise<{ allowed: true } | { allowed: false; verdict: QuotaVerdict }> {
    const ticket = currentTicket();
    if (!ticket) return { allowed: true };
    const verdict = await this.count(ticket, 'enhanced');
    return !verdict || verdict.allowed ? { allowed: true } : { allowed: false, verdict };
  }

  /** Per operation, or once per client request (REST, MCP: the first operation's count stands for all). */
  private count(ticket: Ticket, kind: 'queries' | 'enhanced'): Promise<QuotaVerdict | undefined> {
    const take = () => this.quotas.daily(kind, ticket.caller.subject, ticket.caller.viewer.tier);
    if (ticket.counting === 'operation') return take();
    const field = kind === 'queries' ? 'query' : 'enhanced';
    return (ticket[field] ??= take());
  }
}

function onlyIntrospection(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  return Boolean(operation?.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')));
}

function setHeaders(ticket: Ticket, headers: Record<string, string>): void {
  const res = ticket.res;
  if (!res || res.headersSent) return;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
