// Warnings: an answer that is served but degraded (lexical results when semantic search failed,
// say) says so in the response's `extensions.warnings`, beside whatever the field itself reports.
// Resolvers add them to the request context; the subgraph's executor copies them into its result,
// and the gateway gathers those of every subgraph it called (gateway/plugins/useSubgraphWarnings.ts).

export interface WarningsContext {
  warnings: string[];
}

export function warningsOf(value: unknown): string[] {
  const warnings = (value as Partial<WarningsContext> | null | undefined)?.warnings;
  return Array.isArray(warnings) ? warnings.filter((w): w is string => typeof w === 'string') : [];
}

/** `result` with the context's warnings (and those it already had) in `extensions.warnings`, each once. */
export function withWarnings<T extends { extensions?: { [key: string]: unknown } }>(result: T, warnings: readonly string[]): T {
  if (warnings.length === 0) return result;
  const all = [...new Set([...warningsOf(result.extensions), ...warnings])];
  return { ...result, extensions: { ...result.extensions, warnings: all } };
}
