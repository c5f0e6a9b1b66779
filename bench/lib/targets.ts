// Figures against their targets, with bounds either way (report.ts only knows upper bounds and
// decimal MB; these targets include a throughput floor and a limit in MiB).
import { markdownTable } from './markdown.js';

export interface Target {
  metric: string;
  value: number;
  unit: string;
  /** Digits after the point. */
  digits?: number;
  atMost?: number;
  atLeast?: number;
  /** What the figure stands for, shown in the table. */
  note?: string;
  /** Why it was not measured; a skipped figure is neither a pass nor a miss. */
  skipped?: string;
}

export const MIB = 1024 * 1024;

export function targetsTable(targets: Target[]): { text: string; misses: number; checked: number } {
  let misses = 0;
  let checked = 0;
  const rows = targets.map(({ metric, value, unit, digits = 2, atMost, atLeast, note, skipped }) => {
    const shown = skipped ? '-' : Number.isFinite(value) ? `${value.toFixed(digits)} ${unit}` : 'n/a';
    const bound = atMost !== undefined ? `<= ${atMost} ${unit}` : atLeast !== undefined ? `>= ${atLeast} ${unit}` : '';
    let result = '';
    if (skipped) {
      result = 'skipped';
    } else if (bound) {
      checked++;
      const pass = Number.isFinite(value) && (atMost === undefined || value <= atMost) && (atLeast === undefined || value >= atLeast);
      if (!pass) misses++;
      result = pass ? 'PASS' : Number.isFinite(value) ? 'MISS' : 'MISS (not measured)';
    }
    return [metric, shown, bound, result, skipped ?? note ?? ''];
  });
  return { text: markdownTable(['metric', 'value', 'target', 'result', 'note'], rows, (i) => i === 1 || i === 2), misses, checked };
}
