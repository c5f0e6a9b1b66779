// Requests as each transport sees them: a latency histogram by operation, transport and outcome,
// and errors by code. A facade's request (REST, MCP) runs named GraphQL operations through the
// gateway: those are part of it, not requests of their own (an AsyncLocalStorage tells them apart).
import { AsyncLocalStorage } from 'node:async_hooks';
import { Counter, Histogram, type Registry } from 'prom-client';
import { boundedLabel, errorCode } from './labels.js';
import { LatencyWindow } from './latency-window.js';

export type Transport = 'graphql-http' | 'graphql-ws' | 'rest' | 'mcp';
export const TRANSPORTS: readonly Transport[] = ['graphql-http', 'graphql-ws', 'rest', 'mcp'];
/** `error`: the answer carried an error (GraphQL errors, a REST status of 400 or more, a failed MCP tool call). */
export type Outcome = 'ok' | 'error';

/** Distinct operation names and error codes kept as label values (see labels.ts). */
const MAX_OPERATIONS = 200;
const MAX_CODES = 100;
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const facadeRequest = new AsyncLocalStorage<RequestMetrics>();

export class RequestMetrics {
  readonly duration: Histogram<'operation' | 'transport' | 'outcome'>;
  readonly errors: Counter<'code'>;
  /** The latest durations in milliseconds, every transport together (the status page). */
  readonly recent = new LatencyWindow();
  private readonly operation = boundedLabel(MAX_OPERATIONS);
  private readonly code = boundedLabel(MAX_CODES);

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'anigraph_request_duration_seconds',
      help: 'Time to answer a request, by operation (GraphQL operation name, REST route, MCP tool), transport and outcome.',
      labelNames: ['operation', 'transport', 'outcome'],
      buckets: BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'anigraph_errors_total',
      help: 'Errors answered to clients, by code (extensions.code of GraphQL errors, the code of REST and MCP errors).',
      labelNames: ['code'],
      registers: [registry],
    });
  }

  /** Starts timing one request; the function returned ends it, once its operation is known. */
  start(transport: Transport): (operation: string, outcome: Outcome) => void {
    const started = performance.now();
    return (operation, outcome) => {
      const ms = performance.now() - started;
      this.duration.observe({ operation: this.operation(operation), transport, outcome }, ms / 1000);
      this.recent.add(ms);
    };
  }

  /** Counts one error per code given (a missing code counts as UNKNOWN). */
  countErrors(codes: Iterable<unknown>): void {
    for (const code of codes) this.errors.inc({ code: this.code(errorCode(code)) });
  }

  /** Runs a facade's handler so that the GraphQL requests it makes are not counted again. */
  facade<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
    return (...args) => facadeRequest.run(this, () => handler(...args));
  }

  /** Whether the code running is part of a facade's request to this app. */
  get withinFacade(): boolean {
    return facadeRequest.getStore() === this;
  }
}
