// Progress of a long embedding run: a bar on a terminal, a log line every few seconds otherwise.
import cliProgress from 'cli-progress';
import type { Logger } from '../../../lib/logger.js';

export interface Progress {
  advance(count: number): void;
  /** More work than planned turned up (or less, when negative). */
  grow(count: number): void;
  stop(): void;
  readonly done: number;
  readonly total: number;
}

const LOG_EVERY_MS = 10_000;

export function startProgress(total: number, label: string, log: Logger): Progress {
  const started = Date.now();
  let done = 0;
  let lastLog = started;
  let doneAtLastLog = 0;
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: `${label} {bar} {value}/{total} texts | {rate}/s | ETA {eta_formatted}`, stream: process.stderr, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(total, 0, { rate: '0' });
  const rate = () => done / Math.max(0.001, (Date.now() - started) / 1000);
  return {
    advance(count) {
      done += count;
      bar?.update(done, { rate: rate().toFixed(0) });
      const now = Date.now();
      if (!bar && now - lastLog >= LOG_EVERY_MS) {
        // Texts come shortest first, so the recent rate predicts the rest better than the average.
        const recent = (done - doneAtLastLog) / ((now - lastLog) / 1000);
        const etaSeconds = Math.round((total - done) / Math.max(recent, 0.001));
        log.info({ done, total, perSecond: Math.round(recent), etaSeconds }, `${label}: ${done}/${total} texts`);
        [lastLog, doneAtLastLog] = [now, done];
      }
    },
    grow(count) {
      total += count;
      bar?.setTotal(total);
    },
    stop() {
      bar?.stop();
    },
    get done() {
      return done;
    },
    get total() {
      return total;
    },
  };
}
