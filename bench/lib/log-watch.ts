// Follows a child's pino lines from now on, to wait for a log event that happens more than once
// (ReadyChild.logLine only finds the first, e.g. the first "semantic index ready" of a process).
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export type LogLine = Record<string, unknown>;

export class LogWatch {
  private readonly lines: LogLine[] = [];

  constructor(private readonly proc: ChildProcess) {
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as LogLine);
      } catch {
        // not a pino line
      }
    });
  }

  /** A position to wait from: only lines logged after it count. */
  mark(): number {
    return this.lines.length;
  }

  /** Every line logged after `since`. */
  linesSince(since: number): LogLine[] {
    return this.lines.slice(since);
  }

  /** The first line after `since` whose msg starts with `prefix`; throws on timeout or when the process exits. */
  async waitFor(prefix: string, since: number, timeoutMs: number): Promise<LogLine> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.lines.slice(since).find((l) => typeof l.msg === 'string' && l.msg.startsWith(prefix));
      if (found) return found;
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) throw new Error(`the process exited before logging "${prefix}"`);
      if (performance.now() > deadline) throw new Error(`no "${prefix}" log line within ${timeoutMs / 1000} s`);
      await sleep(20);
    }
  }
}
