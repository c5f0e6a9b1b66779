// An MCP tool as data: its input (zod, every field described), its output (zod, built around the
// selections of the operations it runs), and the handler that translates it into those operations.
import type { DocumentNode } from 'graphql';
import type { z } from 'zod';
import type { RunOperation } from '../lib/operation-client.js';
import type { AskDependencies } from '../questions/ask.js';

/** What a handler needs to reach the data for one request of the client. */
export type OperationsFor = (
  meta: Record<string, unknown> | undefined,
  signal: AbortSignal,
) => { run: RunOperation; correlationId: string };

export interface OutputContext {
  /** The schema of what `document` selects at `path` (response keys, dot-separated), in snake_case. */
  selection(document: DocumentNode, path: string): z.ZodType;
}

export interface ToolContext {
  correlationId: string;
  /** Aborted when the client cancels the call. */
  signal: AbortSignal;
  /** Reports progress when the client asked for it (a progress token); a no-op otherwise. */
  progress(done: number, total: number, message: string): Promise<void>;
  /** Where questions in words keep their sessions, and the optional language model (query_anime). */
  questions: AskDependencies;
}

export interface ToolAnswer {
  /** The structured result, matching the tool's output schema. */
  structured: Record<string, unknown>;
  /** A short readable summary for the model. */
  text: string;
}

export interface ToolSpec<I extends z.ZodObject = z.ZodObject> {
  /** snake_case, as MCP clients show it. */
  name: string;
  title: string;
  description: string;
  input: I;
  output: (context: OutputContext) => z.ZodObject;
  /** It asks an external platform (MyAnimeList, AniList, ...): MCP's openWorldHint. */
  external?: boolean;
  handle(run: RunOperation, input: z.output<I>, context: ToolContext): Promise<ToolAnswer>;
}

/** Keeps the input schema's type for the handler. */
export function defineTool<I extends z.ZodObject>(spec: ToolSpec<I>): ToolSpec {
  return spec as unknown as ToolSpec;
}
