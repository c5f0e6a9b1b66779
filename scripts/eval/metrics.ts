// Ranks and retrieval figures of evaluation queries: recall@1, recall@10 and MRR (within the first 10).
import { markdownTable } from '../../bench/lib/markdown.js';
import type { DevQuery } from './dev-set.js';

export interface EvalHit {
  anime: { id: string; title: string; sources: string[] };
}

export interface Outcome {
  query: DevQuery;
  mode: string;
  /** The mode the server says it ranked in (LEXICAL when semantic search was unavailable). */
  servedMode: string;
  /** 1-based rank of the first expected anime among the hits, or null when none is among them. */
  rank: number | null;
  hits: EvalHit[];
}

export function rankOf(hits: readonly EvalHit[], expectSources: ReadonlySet<string>): number | null {
  const index = hits.findIndex((hit) => hit.anime.sources.some((source) => expectSources.has(source)));
  return index < 0 ? null : index + 1;
}

interface Figures {
  n: number;
  recall1: number;
  recall10: number;
  mrr: number;
}

function figures(outcomes: readonly Outcome[]): Figures {
  const n = outcomes.length;
  const share = (found: (rank: number) => boolean) => outcomes.filter((o) => o.rank !== null && found(o.rank)).length / n;
  const mrr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n;
  return { n, recall1: share((r) => r === 1), recall10: share((r) => r <= 10), mrr };
}

/** One row per mode and kind, and one per mode over all kinds. */
export function resultsTable(outcomes: readonly Outcome[], modes: readonly string[], kinds: readonly string[]): string {
  const rows: string[][] = [];
  for (const mode of modes) {
    const ofMode = outcomes.filter((o) => o.mode === mode);
    for (const kind of [...kinds, 'all']) {
      const selected = kind === 'all' ? ofMode : ofMode.filter((o) => o.query.kind === kind);
      if (selected.length === 0) continue;
      const f = figures(selected);
      rows.push([mode, kind, String(f.n), f.recall1.toFixed(3), f.recall10.toFixed(3), f.mrr.toFixed(3)]);
    }
  }
  return markdownTable(['mode', 'kind', 'n', 'recall@1', 'recall@10', 'MRR'], rows, (i) => i >= 2);
}

/** One row per configuration (the fused models, each model alone), mode and kind: a model choice beside its figures. */
export function configurationsTable(
  runs: readonly { label: string; outcomes: readonly Outcome[] }[],
  modes: readonly string[],
  kinds: readonly string[],
): string {
  const rows: string[][] = [];
  for (const mode of modes) {
    for (const kind of kinds) {
      for (const { label, outcomes } of runs) {
        const selected = outcomes.filter((o) => o.mode === mode && o.query.kind === kind);
        if (selected.length === 0) continue;
        const f = figures(selected);
        rows.push([mode, kind, label, String(f.n), f.recall1.toFixed(3), f.recall10.toFixed(3), f.mrr.toFixed(3)]);
      }
    }
  }
  return markdownTable(['mode', 'kind', 'models', 'n', 'recall@1', 'recall@10', 'MRR'], rows, (i) => i >= 3);
}

/** Each query with its rank and top-3 titles in every mode. */
export function verboseLines(outcomes: readonly Outcome[], modes: readonly string[]): string[] {
  const lines: string[] = [];
  const queries = [...new Set(outcomes.map((o) => o.query))];
  for (const query of queries) {
    lines.push(
      `${query.id} [${query.kind}] ${JSON.stringify(query.query)} -> ${query.titles.join(' / ') || [...query.expectSources].join(' ')}`,
    );
    for (const mode of modes) {
      const outcome = outcomes.find((o) => o.query === query && o.mode === mode);
      if (!outcome) continue;
      const rank = outcome.rank === null ? 'miss' : `rank ${outcome.rank}`;
      const served = outcome.servedMode === mode ? '' : ` (served ${outcome.servedMode})`;
      const top = outcome.hits
        .slice(0, 3)
        .map((h) => h.anime.title)
        .join(' | ');
      lines.push(`  ${mode.padEnd(8)} ${rank.padEnd(7)}${served} ${top}`);
    }
  }
  return lines;
}
