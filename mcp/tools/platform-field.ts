// A tool over one field of a platform's namespace (jikan.topAnime, animeSchedule.search): it runs the
// field's named operation and answers the field as it selects it; and the paging by cursor they share.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { z } from 'zod';
import { snakeCase, snakeCaseKey } from '../../lib/selection-schema.js';
import { required } from '../tool-errors.js';
import { defineTool, type ToolSpec } from '../tool.js';
import { numbered } from './text.js';

interface FieldTool<N extends string, F extends string, V, I extends z.ZodObject, S> {
  namespace: N;
  field: F;
  document: TypedDocumentNode<Record<N, Record<F, unknown>>, V>;
  title: string;
  description: string;
  input: I;
  variables(input: z.output<I>): V;
  /** The error's message when the platform answered nothing (and said no more). */
  missing(input: z.output<I>): string;
  /** The readable text of the answer (in snake_case). */
  text(value: S, input: z.output<I>): string;
}

/** `<namespace>_<field>` (jikan_top_anime): runs `document`, answers `{ <field>: ... }` as it selects it, in snake_case. */
export function platformFieldTool<N extends string, F extends string, V extends Record<string, unknown>, I extends z.ZodObject, S>(
  spec: FieldTool<N, F, V, I, S>,
): ToolSpec {
  const key = snakeCaseKey(spec.field);
  return defineTool({
    name: `${spec.namespace.toLowerCase()}_${key}`,
    title: spec.title,
    description: spec.description,
    input: spec.input,
    output: ({ selection }) => z.object({ [key]: selection(spec.document, `${spec.namespace}.${spec.field}`) }),
    external: true,
    async handle(run, input: z.output<I>) {
      const result = await run(spec.document, spec.variables(input));
      const value = snakeCase(required(result, (d) => d[spec.namespace]?.[spec.field], spec.missing(input))) as S;
      return { structured: { [key]: value }, text: spec.text(value, input) };
    },
  });
}

export interface Page<N> {
  total_count: number | null;
  page_info: { has_next_page: boolean; end_cursor: string | null };
  nodes: N[];
}

/** `limit` and `cursor`, the page inputs of a connection. */
export const paging = (max: number, fallback: number) => ({
  limit: z.number().int().min(1).max(max).default(fallback).describe(`How many per page, 1 to ${max}.`),
  cursor: z.string().min(1).max(200).optional().describe("For the next page: the previous answer's page_info.end_cursor."),
});

/** The tool's input as the operation's variables: the same names, with `limit` and `cursor` as `first` and `after`. */
export const pageVariables = <T extends { limit: number; cursor?: string }>({ limit, cursor, ...rest }: T) => ({
  ...rest,
  first: limit,
  after: cursor,
});

export function pageText<N>(heading: string, page: Page<N>, line: (node: N) => string): string {
  const total = page.total_count === null ? '' : ` (${page.total_count} in all)`;
  const more = page.page_info.has_next_page ? `More: call again with cursor "${page.page_info.end_cursor}".` : '';
  return numbered(`${heading}${total}`, page.nodes, line, more);
}
