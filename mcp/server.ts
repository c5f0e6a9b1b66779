// One MCP server for every transport (stdio, Streamable HTTP, SSE): the tools, resources and prompts,
// each call run with its correlation id, its cancellation and its progress, through the gateway.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { GraphQLSchema } from 'graphql';
import { correlationIdFrom, runWithCorrelationId } from '../lib/correlation.js';
import type { Logger } from '../lib/logger.js';
import type { RequestMetrics } from '../lib/metrics/index.js';
import { graphQLClient, type GraphQLFetcher, type RunOperation } from '../lib/operation-client.js';
import { selectionSchema } from '../lib/selection-schema.js';
import type { AskDependencies } from '../questions/ask.js';
import { registerPrompts } from './prompts.js';
import { registerResources, titleCompleter } from './resources.js';
import { ToolFailure } from './tool-errors.js';
import type { OperationsFor, ToolContext, ToolSpec } from './tool.js';
import { TOOLS } from './tools/index.js';

export interface McpDependencies {
  gateway: GraphQLFetcher;
  /** The API schema the named operations are typed against (for the tools' output schemas). */
  schema: GraphQLSchema;
  log: Logger;
  version: string;
  /** The sessions and language model of questions in words, shared with REST's /api/query. */
  questions: AskDependencies;
  /** Times each tool call by the tool's name and counts its errors (METRICS; not over stdio). */
  metrics?: RequestMetrics;
}

/** The correlation id a client may give a call in `_meta`. */
export const CORRELATION_META = 'correlationId';

export function createMcpServer({ gateway, schema, log, version, questions, metrics }: McpDependencies): McpServer {
  const server = new McpServer(
    { name: 'anigraph', title: 'AniGraph', version },
    {
      capabilities: { logging: {} },
      instructions:
        'AniGraph finds and explains anime: search the catalog of ~40k anime (by words, or by a picture), look one up, compare its ratings across ' +
        'MyAnimeList, AniList, Kitsu and AniDB, follow airing schedules and get recommendations. Ids look like "mal-1".',
    },
  );
  const operationsFor: OperationsFor = (meta, signal) => {
    const correlationId = correlationIdFrom(typeof meta?.[CORRELATION_META] === 'string' ? meta[CORRELATION_META] : undefined);
    return { run: graphQLClient(gateway, { correlationId, chainDepth: 0 }, signal), correlationId };
  };
  const selection = (document: Parameters<typeof selectionSchema>[1], path: string) => selectionSchema(schema, document, path);
  const toolLog = log.child({ component: 'mcp' });

  for (const tool of TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output({ selection }),
        annotations: { title: tool.title, readOnlyHint: true, openWorldHint: tool.external ?? false },
      },
      async (input, extra) => {
        const { run, correlationId } = operationsFor(extra._meta, extra.signal);
        const progressToken = extra._meta?.progressToken;
        const context: ToolContext = {
          correlationId,
          questions,
          signal: extra.signal,
          progress: async (progress, total, message) => {
            if (progressToken === undefined) return;
            await extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress, total, message } });
          },
        };
        const timed = metrics?.start('mcp');
        const result = await runWithCorrelationId(correlationId, () => callTool(tool, run, input, context, toolLog, metrics));
        timed?.(tool.name, result.isError ? 'error' : 'ok');
        return result;
      },
    );
  }
  registerResources(server, operationsFor);
  registerPrompts(server, titleCompleter(operationsFor));
  return server;
}

async function callTool(
  tool: ToolSpec,
  run: RunOperation,
  input: unknown,
  context: ToolContext,
  log: Logger,
  metrics?: RequestMetrics,
): Promise<CallToolResult> {
  const started = performance.now();
  try {
    const answer = await tool.handle(run, input as never, context);
    log.info({ tool: tool.name, ms: Math.round(performance.now() - started) }, 'MCP tool call');
    return { content: [{ type: 'text', text: answer.text }], structuredContent: answer.structured };
  } catch (error) {
    if (context.signal.aborted) throw error;
    metrics?.countErrors(error instanceof ToolFailure ? error.errors.map((e) => e.extensions?.code) : ['INTERNAL_SERVER_ERROR']);
    if (!(error instanceof ToolFailure)) {
      log.error({ err: error, tool: tool.name }, 'MCP tool failed');
      return errorResult(`Unexpected error; the log has the detail under the correlation id ${context.correlationId}.`);
    }
    log.info({ tool: tool.name, codes: error.errors.map((e) => e.extensions?.code) }, 'MCP tool call failed');
    return errorResult(error.describe());
  }
}

const errorResult = (text: string): CallToolResult => ({ isError: true, content: [{ type: 'text', text }] });
