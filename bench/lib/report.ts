// Console tables for the benchmark: latency summaries and the figures against the targets.
import type { Summary } from './stats.js';

export interface Figure {
  metric: string;
  value: number;
  /** `count`: a whole number. */
  unit: 'ms' | 's' | 'MB' | 'x' | '%' | 'count';
  /** Upper bound from the issue; a figure without one is shown for information. */
  limit?: number;
  /** A lower bound instead (a hit rate). */
  atLeast?: number;
}

const MB = 1_000_000;

export const bytesToMb = (bytes: number) => bytes / MB;

function format(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'x') return `${value.toFixed(2)}x`;
  if (unit === '%') return `${value.toFixed(1)}%`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'count') return value.toLocaleString('en');
  return `${value.toFixed(2)} ${unit}`;
}

function table(header: string[], rows: string[][], rightAligned: (column: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function latencyTable(runs: { name: string; summary: Summary }[], title = 'search latency (ms)'): string {
  const ms = (x: number) => x.toFixed(2);
  const rows = runs.map(({ name, summary: s }) => [name, String(s.count), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.mean), ms(s.max)]);
  return table([title, 'n', 'p50', 'p95', 'p99', 'mean', 'max'], rows, (i) => i > 0);
}

/** The table of figures; returns how many targets were missed (a miss never fails the run). */
export function targetTable(figures: Figure[]): { text: string; misses: number } {
  let misses = 0;
  const rows = figures.map(({ metric, value, unit, limit, atLeast }) => {
    if (limit === undefined && atLeast === undefined) return [metric, format(value, unit), '', ''];
    const pass = Number.isFinite(value) && (limit === undefined || value <= limit) && (atLeast === undefined || value >= atLeast);
    if (!pass) misses++;
    const target = limit !== undefined ? `<= ${format(limit, unit)}` : `>= ${format(atLeast!, unit)}`;
    return [metric, format(value, unit), target, pass ? 'PASS' : 'MISS'];
  });
  return { text: table(['metric', 'value', 'target', 'result'], rows, (i) => i === 1 || i === 2), misses };
}
