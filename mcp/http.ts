// MCP over HTTP in the gateway's process: Streamable HTTP at /mcp (a session per client, resumable
// streams) and the older HTTP+SSE transport at /sse + /messages. Each session has its own McpServer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { encodedPictureBytes } from '../lib/images/encoded-size.js';
import type { Logger } from '../lib/logger.js';
import { readBody } from '../lib/read-body.js';
import { SessionEventStore } from './event-store.js';

export const MCP_PATH = '/mcp';
export const SSE_PATH = '/sse';
export const SSE_MESSAGES_PATH = '/messages';
const SESSION_HEADER = 'mcp-session-id';
/** The largest message without a picture (the SDK's own default). */
const MAX_BODY = 4 * 1024 * 1024;

export interface McpHttpOptions {
  /** A new McpServer for a new session. */
  createServer: () => McpServer;
  log: Logger;
  /** Host names (no port) the transports answer to: the DNS-rebinding guard (MCP_ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
  /** A session idle this long is closed (MCP_SESSION_TTL), in milliseconds. */
  sessionIdleMs: number;
  /** IMAGE_MAX_BYTES: a message may carry a picture this large in base64 (search_by_image), on top of 4 MiB. */
  imageMaxBytes: number;
}

interface Session {
  transport: StreamableHTTPServerTransport | SSEServerTransport;
  server: McpServer;
  lastSeen: number;
}

export function isMcpPath(url: string | undefined): boolean {
  const path = url?.split('?')[0];
  return path === MCP_PATH || path === SSE_PATH || path === SSE_MESSAGES_PATH;
}

export function createMcpHttpHandler({ createServer, log, allowedHosts, sessionIdleMs, imageMaxBytes }: McpHttpOptions) {
  const sessions = new Map<string, Session>();
  const maxBodyBytes = MAX_BODY + encodedPictureBytes(imageMaxBytes);
  const mcpLog = log.child({ component: 'mcp-http' });
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase()));

  const sweep = setInterval(
    () => {
      const now = Date.now();
      for (const [id, session] of sessions) if (now - session.lastSeen > sessionIdleMs) void close(id);
    },
    Math.min(sessionIdleMs, 60_000),
  );
  sweep.unref();

  async function close(id: string): Promise<void> {
    const session = sessions.get(id);
    if (!session) return;
    sessions.delete(id);
    await session.server.close().catch(() => undefined);
  }

  async function streamable(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = req.headers[SESSION_HEADER];
    if (typeof id === 'string') {
      const session = sessions.get(id);
      if (!session || !(session.transport instanceof StreamableHTTPServerTransport)) {
        return jsonRpcError(res, 404, -32001, 'Session not found: start a new one with initialize.');
      }
      session.lastSeen = Date.now();
      return session.transport.handleRequest(req, res);
    }
    if (req.method !== 'POST') return jsonRpcError(res, 400, -32000, `Bad request: ${SESSION_HEADER} header is required.`);
    const body = await readJson(req, res, maxBodyBytes);
    if (body === undefined) return;
    if (!isInitializeRequest(body))
      return jsonRpcError(res, 400, -32000, `Bad request: no ${SESSION_HEADER}, and not an initialize request.`);
    const server = createServer();
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => crypto.randomUUID(),
      eventStore: new SessionEventStore(),
      maxRequestBodySize: maxBodyBytes,
      onsessioninitialized: (sessionId) => {
        sessions.set(sessionId, { transport, server, lastSeen: Date.now() });
        mcpLog.info({ sessionId, transport: 'streamable-http' }, 'MCP session started');
      },
      onsessionclosed: (sessionId) => void close(sessionId),
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  async function sse(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET') return jsonRpcError(res, 405, -32000, 'GET opens the SSE stream.');
    const server = createServer();
    const transport = new SSEServerTransport(SSE_MESSAGES_PATH, res);
    sessions.set(transport.sessionId, { transport, server, lastSeen: Date.now() });
    transport.onclose = () => void close(transport.sessionId);
    mcpLog.info({ sessionId: transport.sessionId, transport: 'sse' }, 'MCP session started');
    await server.connect(transport);
  }

  async function sseMessage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = new URL(req.url ?? '', 'http://localhost').searchParams.get('sessionId');
    const session = id ? sessions.get(id) : undefined;
    if (!session || !(session.transport instanceof SSEServerTransport)) {
      return jsonRpcError(res, 404, -32001, 'Session not found: open a new one with GET /sse.');
    }
    if (req.method !== 'POST') return jsonRpcError(res, 405, -32000, 'POST a message.');
    session.lastSeen = Date.now();
    const body = await readJson(req, res, maxBodyBytes);
    if (body !== undefined) await session.transport.handlePostMessage(req, res, body);
  }

  return {
    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      try {
        if (!hostAllowed(req, allowed))
          return jsonRpcError(res, 403, -32000, 'Forbidden: this Host or Origin is not allowed (MCP_ALLOWED_HOSTS).');
        const path = req.url?.split('?')[0];
        if (path === MCP_PATH) return await streamable(req, res);
        if (path === SSE_PATH) return await sse(req, res);
        return await sseMessage(req, res);
      } catch (error) {
        mcpLog.error({ err: error }, 'MCP request failed');
        if (!res.headersSent) jsonRpcError(res, 500, -32603, 'Internal error; the log has the detail.');
      }
    },
    /** Sessions open now (for the benchmarks and tests). */
    sessionCount: () => sessions.size,
    async close(): Promise<void> {
      clearInterval(sweep);
      await Promise.all([...sessions.keys()].map(close));
    },
  };
}

async function readJson(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<unknown> {
  const raw = await readBody(req, maxBytes);
  if (raw === undefined) return jsonRpcError(res, 413, -32600, `The message is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return jsonRpcError(res, 400, -32700, 'Parse error: the body is not JSON.');
  }
}

/** Requests from a page of another site (DNS rebinding) carry its Host or Origin: refused. */
function hostAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const hostname = (value: string) => {
    try {
      return new URL(value.includes('://') ? value : `http://${value}`).hostname.toLowerCase();
    } catch {
      return '';
    }
  };
  const host = req.headers.host;
  if (!host || !allowed.has(hostname(host))) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.has(hostname(origin));
}

function jsonRpcError(res: ServerResponse, status: number, code: number, message: string): undefined {
  const body = JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  return undefined;
}
