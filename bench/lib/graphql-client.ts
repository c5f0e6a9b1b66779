// A GraphQL-over-HTTP client for benchmarks and evaluations: one keep-alive agent per client, so that
// a client is one connection and its timings leave connection set-up out.
import { Agent, request } from 'node:http';

export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    /** The errors' `extensions.code`s, when the server answered with GraphQL errors. */
    readonly codes: string[] = [],
  ) {
    super(message);
  }
}

export interface Timed<T> {
  data: T;
  /** Milliseconds from sending the request to the last byte of the response. */
  ms: number;
}

export class GraphqlClient {
  private readonly agent: Agent;

  constructor(
    readonly url: string,
    connections = 1,
    private readonly timeoutMs = 30_000,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  /** The response's `data`; throws GraphqlRequestError on a transport failure, a non-200 status or GraphQL errors. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<Timed<T>> {
    const body = JSON.stringify({ query, variables });
    const started = performance.now();
    const { status, text } = await postJson(this.agent, this.url, body, this.timeoutMs).catch((error: Error) => {
      throw new GraphqlRequestError(`${this.url}: ${error.message}`);
    });
    const ms = performance.now() - started;
    if (status !== 200) throw new GraphqlRequestError(`HTTP ${status} from ${this.url}: ${text.slice(0, 300)}`);
    let parsed: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new GraphqlRequestError(`invalid JSON from ${this.url}: ${text.slice(0, 300)}`);
    }
    if (parsed.errors?.length) {
      const codes = parsed.errors.flatMap((e) => (e.extensions?.code ? [e.extensions.code] : []));
      throw new GraphqlRequestError(`GraphQL error: ${parsed.errors.map((e) => e.message).join('; ')}`, codes);
    }
    if (!parsed.data) throw new GraphqlRequestError(`no data in the response from ${this.url}`);
    return { data: parsed.data, ms };
  }

  close(): void {
    this.agent.destroy();
  }
}

/** POSTs a JSON body over a keep-alive agent; the status and the whole response text. */
export function postJson(agent: Agent, url: string, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no response within ${timeoutMs / 1000} s`)));
    req.end(body);
  });
}
