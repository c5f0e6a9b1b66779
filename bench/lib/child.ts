// Runs one AniGraph process for the benchmark: spawn, wait for GET /ready, read its RSS, stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildOptions {
  label: string;
  script: string;
  args?: string[];
  /** Node options before the script (those NODE_OPTIONS does not allow, e.g. --cpu-prof). */
  execArgv?: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
}

export interface ReadyChild {
  proc: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawn until /ready first answered 200. */
  spawnToReadyMs: number;
  /** Parsed pino lines whose msg starts with `prefix`, waiting up to `timeoutMs` for the first. */
  logLine(prefix: string, timeoutMs?: number): Promise<Record<string, unknown> | undefined>;
  /** Last lines of output, for error messages. */
  tail(): string;
}

const POLL_MS = 20;
const READY_TIMEOUT_MS = 120_000;

// Every child from its spawn on, so that an interrupt while one is still starting stops it too.
const live = new Set<ChildProcess>();

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What `npm start` runs the server with (package.json): a bounded heap, unless NODE_OPTIONS says otherwise. */
export const SERVER_NODE_OPTIONS = process.env.NODE_OPTIONS || '--max-old-space-size=1024';
/** And production mode, unless NODE_ENV says otherwise. */
export const SERVER_NODE_ENV = process.env.NODE_ENV || 'production';

export async function startChild(options: ChildOptions): Promise<ReadyChild> {
  const started = performance.now();
  const proc = spawn(process.execPath, [...(options.execArgv ?? []), options.script, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: { NODE_OPTIONS: SERVER_NODE_OPTIONS, NODE_ENV: SERVER_NODE_ENV, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  const lines: Record<string, unknown>[] = [];
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
  };
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    remember(line);
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // not a pino line
    }
  });
  createInterface({ input: proc.stderr! }).on('line', remember);
  let exited: string | undefined;
  proc.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const tailText = () => tail.join('\n');
  try {
    while ((await status(`${baseUrl}/ready`)) !== 200) {
      if (exited) throw new Error(`${options.label} ${exited} before it was ready:\n${tailText()}`);
      if (performance.now() - started > READY_TIMEOUT_MS)
        throw new Error(`${options.label} not ready after ${READY_TIMEOUT_MS} ms:\n${tailText()}`);
      await sleep(POLL_MS);
    }
  } catch (error) {
    await stopChild(proc);
    throw error;
  }
  const spawnToReadyMs = performance.now() - started;

  return {
    proc,
    baseUrl,
    spawnToReadyMs,
    tail: tailText,
    async logLine(prefix, timeoutMs = 2_000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const found = lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith(prefix));
        if (found || performance.now() > deadline) return found;
        await sleep(POLL_MS);
      }
    },
  };
}

/** Status of GET `url`, or 0 while nothing listens yet. */
function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(1_000, () => req.destroy());
  });
}

/** Resident set size of `pid` in bytes (Linux /proc). */
export async function rssBytes(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** The RSS of `pid` and every process below it (a gateway and the processes its index builds embed in). */
export async function treeRssBytes(pid: number): Promise<number> {
  const parents = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The fields after the command (which may hold spaces), in parentheses: state, then the parent's pid.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent) parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  for (const queue = [pid]; queue.length > 0;) {
    const next = queue.pop()!;
    total += await rssBytes(next).catch(() => 0);
    queue.push(...(parents.get(next) ?? []));
  }
  return total;
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live].map((proc) => stopChild(proc)));
}

/** SIGTERM, then SIGKILL if the process has not exited within `graceMs`. */
export async function stopChild(proc: ChildProcess, graceMs = 3_000): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = once(proc, 'exit');
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
