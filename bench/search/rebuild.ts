// Queries answered while the gateway rebuilds its indexes: 1% of the synopses change on disk, SIGHUP, and
// one client keeps sending new queries from the signal until the server logs the new vectors ready.
import { readFile, writeFile } from 'node:fs/promises';
import type { QuerySource } from '../lib/descriptive-queries.js';
import type { Gateway } from '../lib/gateway.js';
import { runLoad, type LoadResult, type Sample } from '../lib/load-run.js';
import { LogWatch, type LogLine } from '../lib/log-watch.js';
import { mulberry32 } from '../lib/queries.js';
import { searchStatus } from '../lib/semantic-ready.js';
import { shuffled } from '../lib/shuffle.js';
import { LOADED_MSG, storeLoadOf, type StoreLoad } from './pgvector.js';

export const CHANGED_SHARE = 0.01;
const READY_MSG = 'semantic index ready in';
const REBUILD_TIMEOUT_MS = 10 * 60_000;
const PHASES = [
  ['catalog loaded', 'catalog loaded:'],
  ['embedding started', 'semantic index: building'],
  ['vectors swapped in', READY_MSG],
] as const;

export interface RebuildCycle {
  /** Seconds from SIGHUP to the "semantic index ready" log line. */
  windowSeconds: number;
  changedEntries: number;
  /** searchStatus.lastBuildEmbedded after the rebuild, and the texts the index holds. */
  embedded: number | null;
  totalTexts: number;
  /** Requests sent inside the window. */
  during: Sample[];
  run: LoadResult;
  /** VECTOR_STORE=pgvector: the rows the rebuild's load wrote, deleted and kept. */
  storeLoad: StoreLoad | undefined;
}

/**
 * `cycles` rebuilds, each changing another 1% of the entries of `synopsesPath` (a copy the gateway was
 * started on), so that every rebuild re-embeds the texts of 1% of the entries and no more.
 */
export async function measureRebuilds(
  gateway: Gateway,
  synopsesPath: string,
  source: QuerySource,
  cycles: number,
  seed: number,
): Promise<RebuildCycle[]> {
  const synopses = JSON.parse(await readFile(synopsesPath, 'utf8')) as Record<string, string>;
  const keys = shuffled(Object.keys(synopses), mulberry32(seed));
  const perCycle = Math.max(1, Math.round(keys.length * CHANGED_SHARE));
  const watch = new LogWatch(gateway.proc);
  const results: RebuildCycle[] = [];
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const changed = keys.slice((cycle - 1) * perCycle, cycle * perCycle);
    for (const key of changed) synopses[key] = edit(synopses[key], cycle);
    await writeFile(synopsesPath, JSON.stringify(synopses));

    let rebuilding = true;
    const from = watch.mark();
    const signalledAt = performance.now();
    gateway.proc.kill('SIGHUP');
    const load = runLoad({
      graphqlUrl: gateway.graphqlUrl,
      next: () => wrap(source.next()),
      stop: () => !rebuilding,
      durationMs: REBUILD_TIMEOUT_MS,
    });
    let line: LogLine;
    try {
      line = await watch.waitFor(READY_MSG, from, REBUILD_TIMEOUT_MS);
    } finally {
      rebuilding = false;
    }
    const readyAt = performance.now();
    const run = await load;
    const { lastBuildEmbedded } = await searchStatus(gateway.client);
    const result: RebuildCycle = {
      windowSeconds: (readyAt - signalledAt) / 1000,
      changedEntries: changed.length,
      embedded: lastBuildEmbedded,
      totalTexts: Number(line.embedded) + Number(line.reused),
      during: run.samples.filter((s) => s.sentAt >= signalledAt && s.sentAt < readyAt),
      run,
      storeLoad: storeLoadOf(watch.linesSince(from).find((l) => l.msg === LOADED_MSG)),
    };
    results.push(result);
    console.log(
      `(d) rebuild ${cycle}: ${changed.length} synopses changed, ${lastBuildEmbedded} of ${result.totalTexts} texts re-embedded, ` +
        `${result.windowSeconds.toFixed(1)} s from SIGHUP to ready, ${result.during.length} queries answered meanwhile`,
    );
    console.log(`    server log, seconds after SIGHUP: ${phases(watch.linesSince(from))}`);
    const rows = result.storeLoad;
    if (rows)
      console.log(
        `    pgvector: ${rows.written} rows written, ${rows.deleted} deleted, ${rows.kept} kept, in ${rows.seconds.toFixed(2)} s`,
      );
  }
  return results;
}

/** Where the rebuild spends its time, from the server's own timestamps. */
function phases(lines: LogLine[]): string {
  const at = (prefix: string) => lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith(prefix))?.time;
  const start = Date.parse(String(at('SIGHUP')));
  return PHASES.map(([name, prefix]) => `${name} +${((Date.parse(String(at(prefix))) - start) / 1000).toFixed(1)}`).join(', ');
}

const wrap = (text: string | undefined) => (text === undefined ? undefined : { text, tag: 'rebuild' });

/** A changed first sentence: the synopsis document and that sentence get new vectors. */
function edit(synopsis: string, cycle: number): string {
  const marked = synopsis.replace(/\.(\s|$)/, ` (revised in benchmark edit ${cycle}).$1`);
  return marked === synopsis ? `${synopsis} Revised in benchmark edit ${cycle}.` : marked;
}
