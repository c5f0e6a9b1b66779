// Reads a V8 .cpuprofile (node --cpu-prof) and says where the CPU went: self and inclusive time by
// module (our folders, npm packages, Node internals, GC), by file and by function, optionally only for
// the samples inside a time window (a load run's). Our compiled files are mapped back to their .ts
// sources and lines through the source maps next to them in dist/.
//
//   node dist/bench/load/cpu-profile.js <file.cpuprofile> [--from <µs>] [--to <µs>] [--window <window.json>] [--top 25]
//
// --from/--to (or window.json's fromUs/toUs) are CLOCK_MONOTONIC microseconds, the clock the profile's
// sample times are on.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { basename, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { markdownTable } from '../lib/markdown.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Window {
  fromUs: number;
  toUs: number;
}

/** Where one profile node's code is, three ways coarse to fine. */
interface Place {
  /** Our folder (subgraphs/catalog/domain), an npm package (graphql), node internals, GC... */
  module: string;
  /** Our .ts file, or a package's file. */
  file: string;
  /** Function name and place. */
  fn: string;
  ours: boolean;
}

export interface Row {
  name: string;
  selfMs: number;
  totalMs: number;
  ours: boolean;
}

export interface Summary {
  /** Milliseconds the samples in the window cover. */
  windowMs: number;
  /** Of which not idle. */
  busyMs: number;
  samples: number;
  modules: Row[];
  files: Row[];
  functions: Row[];
}

const SPECIAL: Record<string, string> = {
  '(garbage collector)': 'GC (garbage collector)',
  '(program)': '(program: native, V8 and libuv outside JS)',
  '(idle)': '(idle)',
  '(root)': '(root)',
};

export function summarizeProfile(profile: CpuProfile, window?: Window): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const places = new Map<number, Place>();
  const mapper = new SourceMapper();
  for (const node of profile.nodes) places.set(node.id, placeOf(node.callFrame, mapper));

  // Each sample lasts until the next one; the last one as long as the median interval.
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const intervals = times.slice(1).map((x, i) => x - times[i]);
  const median = [...intervals].sort((a, b) => a - b)[Math.floor(intervals.length / 2)] ?? 1000;

  const self = { module: new Map<string, number>(), file: new Map<string, number>(), fn: new Map<string, number>() };
  const total = { module: new Map<string, number>(), file: new Map<string, number>(), fn: new Map<string, number>() };
  const oursByName = new Map<string, boolean>();
  let windowUs = 0;
  let idleUs = 0;
  let samples = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (window && (times[i] < window.fromUs || times[i] > window.toUs)) continue;
    const us = i + 1 < times.length ? times[i + 1] - times[i] : median;
    samples++;
    windowUs += us;
    const leaf = places.get(profile.samples[i])!;
    if (leaf.module === SPECIAL['(idle)']) idleUs += us;
    for (const level of ['module', 'file', 'fn'] as const) add(self[level], leaf[level], us);
    // Inclusive: every module, file and function on the stack, each once however deep it recurs.
    const seen = { module: new Set<string>(), file: new Set<string>(), fn: new Set<string>() };
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      if (byId.get(id)?.callFrame.functionName === '(root)') break;
      const place = places.get(id)!;
      for (const level of ['module', 'file', 'fn'] as const) {
        if (seen[level].has(place[level])) continue;
        seen[level].add(place[level]);
        add(total[level], place[level], us);
        oursByName.set(place[level], place.ours);
      }
    }
  }
  const rows = (level: 'module' | 'file' | 'fn'): Row[] =>
    [...new Set([...self[level].keys(), ...total[level].keys()])]
      .map((name) => ({
        name,
        selfMs: (self[level].get(name) ?? 0) / 1000,
        totalMs: (total[level].get(name) ?? 0) / 1000,
        ours: oursByName.get(name) ?? false,
      }))
      .sort((a, b) => b.selfMs - a.selfMs || b.totalMs - a.totalMs);
  return {
    windowMs: windowUs / 1000,
    busyMs: (windowUs - idleUs) / 1000,
    samples,
    modules: rows('module'),
    files: rows('file'),
    functions: rows('fn'),
  };
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function placeOf(frame: CallFrame, mapper: SourceMapper): Place {
  const name = frame.functionName || '(anonymous)';
  if (SPECIAL[frame.functionName])
    return { module: SPECIAL[frame.functionName], file: SPECIAL[frame.functionName], fn: SPECIAL[frame.functionName], ours: false };
  if (!frame.url) return { module: '(V8 builtins and native)', file: '(V8 builtins and native)', fn: `${name} (native)`, ours: false };
  if (frame.url.startsWith('node:')) {
    const file = frame.url.slice('node:'.length);
    return { module: 'node internals', file: `node:${file}`, fn: `${name} node:${file}:${frame.lineNumber + 1}`, ours: false };
  }
  const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  const fromRoot = relative(PROJECT_ROOT, path).split(sep).join('/');
  const modules = fromRoot.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const inside = fromRoot.slice(modules + 'node_modules/'.length);
    const parts = inside.split('/');
    const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    const file = inside.slice(pkg.length + 1);
    return { module: pkg, file: `${pkg}: ${file}`, fn: `${name} ${pkg}/${shortPath(file)}:${frame.lineNumber + 1}`, ours: false };
  }
  if (fromRoot.startsWith('..') || fromRoot.startsWith('/')) {
    return { module: '(other files)', file: path, fn: `${name} ${path}:${frame.lineNumber + 1}`, ours: false };
  }
  // Ours: dist/<folder>/<file>.js, shown as the .ts (or .mjs) source, at its source line.
  const original = mapper.original(path, frame.lineNumber, frame.columnNumber);
  const source = original?.source ?? fromRoot.replace(/^dist\//, '').replace(/\.js$/, '.ts');
  const line = original ? original.line : frame.lineNumber;
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')) : source;
  return { module: folder, file: source, fn: `${name} ${source}:${line + 1}`, ours: true };
}

/** Keeps the last two path segments of a long package path. */
function shortPath(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `…/${parts.slice(-2).join('/')}` : file;
}

/** Compiled file + position -> original source (relative to the project root) + line, from the .map beside it. */
class SourceMapper {
  private readonly maps = new Map<string, { map: SourceMap; dir: string } | null>();

  original(jsPath: string, line: number, column: number): { source: string; line: number } | undefined {
    let entry = this.maps.get(jsPath);
    if (entry === undefined) {
      entry = null;
      const mapPath = `${jsPath}.map`;
      if (existsSync(mapPath)) {
        try {
          entry = {
            map: new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMapPayload),
            dir: jsPath.slice(0, jsPath.lastIndexOf(sep)),
          };
        } catch {
          entry = null;
        }
      }
      this.maps.set(jsPath, entry);
    }
    if (!entry) return undefined;
    const found = entry.map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (!found?.originalSource || found.originalLine === undefined) return undefined;
    const source = found.originalSource.startsWith('file://')
      ? fileURLToPath(found.originalSource)
      : `${entry.dir}/${found.originalSource}`;
    return { source: relative(PROJECT_ROOT, source).split(sep).join('/'), line: found.originalLine };
  }
}

export interface PrintOptions {
  top?: number;
  /** Only the busy time and the top self-time functions (for helper threads). */
  brief?: boolean;
}

export function formatSummary(title: string, summary: Summary, { top = 25, brief = false }: PrintOptions = {}): string {
  const pct = (x: number) => `${((100 * x) / summary.busyMs).toFixed(1)}%`;
  const table = (header: string, rows: Row[], n: number, by: 'self' | 'total' = 'self') => {
    // Idle time is in the heading; the tables share out the busy time.
    const busy = rows.filter((r) => r.name !== SPECIAL['(idle)']);
    const sorted = by === 'self' ? busy : [...busy].sort((a, b) => b.totalMs - a.totalMs);
    return markdownTable(
      [header, 'self ms', 'self %', 'total ms', 'total %'],
      sorted.slice(0, n).map((r) => [r.name, r.selfMs.toFixed(0), pct(r.selfMs), r.totalMs.toFixed(0), pct(r.totalMs)]),
      (i) => i > 0,
    );
  };
  const lines = [
    `### ${title}`,
    '',
    `${summary.samples} samples over ${(summary.windowMs / 1000).toFixed(1)} s; busy (not idle) ${(summary.busyMs / 1000).toFixed(1)} s = ` +
      `${((100 * summary.busyMs) / summary.windowMs).toFixed(0)}% of the thread. Percentages are of the busy time; ` +
      '"total" is inclusive (the row on the stack), "self" is the row at the top of the stack.',
    '',
  ];
  if (brief) {
    lines.push(table('function (self)', summary.functions, Math.min(top, 12)));
    return lines.join('\n');
  }
  const ours = (rows: Row[]) => rows.filter((r) => r.ours);
  lines.push(
    table('module (by self time)', summary.modules, top),
    '',
    table('module (by inclusive time)', summary.modules, top, 'total'),
    '',
    table('our files (by inclusive time)', ours(summary.files), top, 'total'),
    '',
    table('our functions (by inclusive time)', ours(summary.functions), top, 'total'),
    '',
    table('function (by self time)', summary.functions, top),
    '',
    table(
      'package file (by self time)',
      summary.files.filter((r) => !r.ours),
      top,
    ),
  );
  return lines.join('\n');
}

export function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

/** Node names its profiles CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; thread 0 is the main thread. */
export function threadIdOf(path: string): number | undefined {
  const match = /^CPU\.\d+\.\d+\.\d+\.(\d+)\.\d+\.cpuprofile$/.exec(basename(path));
  return match ? Number(match[1]) : undefined;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, window: { type: 'string' }, top: { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error('usage: node dist/bench/load/cpu-profile.js <file.cpuprofile>... [--from µs] [--to µs] [--window window.json] [--top N]');
    process.exitCode = 2;
    return;
  }
  let window: Window | undefined;
  if (values.window) window = JSON.parse(readFileSync(values.window, 'utf8')) as Window;
  if (values.from || values.to) window = { fromUs: Number(values.from ?? -Infinity), toUs: Number(values.to ?? Infinity) };
  for (const path of positionals) {
    const summary = summarizeProfile(readProfile(path), window);
    const thread = threadIdOf(path);
    console.log(
      formatSummary(`${basename(path)}${thread === undefined ? '' : thread === 0 ? ' (main thread)' : ` (thread ${thread})`}`, summary, {
        top: Number(values.top ?? 25),
      }),
    );
    console.log();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
