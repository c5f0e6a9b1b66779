// The schedule's clock: polls the merged schedule, publishes what changed since the last poll, and on
// each tick the episodes whose time has come and those of the coming day. Only the instance holding
// the poll lock does it; every instance's subscribers hear the events through the pub/sub.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../lib/logger.js';
import type { AiringEntry } from './airing.js';
import type { PollLock } from './poll-lock.js';
import { toJson, type ChangeKind, type ScheduleEvent, type ScheduleEventBus } from './schedule-events.js';
import type { ScheduleService } from './schedule.service.js';
import { DAY_MS } from './window.js';

/** What a poll reads: the last hour and the coming week. */
const POLL_BEHIND_MS = 3600_000;
const POLL_AHEAD_MS = 7 * DAY_MS;
/** The coming broadcasts each tick publishes: subscribers pick those within their own lead. */
export const UPCOMING_MS = DAY_MS;
/** A broadcast whose time moved by more than this is RESCHEDULED. */
const MOVED_MS = 60_000;

export interface PollerTimes {
  /** Between polls of the platforms; 0: no timer (tests call poll and tick). */
  pollMs: number;
  /** Between ticks of the clock. */
  tickMs: number;
}

export class SchedulePoller {
  /** The last read: what the clock's ticks announce. */
  private snapshot: Map<string, AiringEntry> | undefined;
  /** The last read in which every source answered, and its horizon: what the next one is compared with. */
  private baseline: { entries: Map<string, AiringEntry>; to: Date } | undefined;
  private lastTick: Date | undefined;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly service: ScheduleService,
    private readonly events: ScheduleEventBus,
    private readonly lock: PollLock,
    private readonly log: Logger,
  ) {}

  start({ pollMs, tickMs }: PollerTimes): void {
    if (pollMs <= 0) return;
    const every = (ms: number, run: () => Promise<void>) => {
      const timer = setInterval(() => void this.serially(run), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(pollMs, () => this.poll());
    every(tickMs, () => this.tick());
    void this.serially(() => this.poll()).then(() => this.serially(() => this.tick()));
  }

  /**
   * Reads the schedule, and publishes what changed since the last complete read. A read in which a
   * source failed still serves the clock's ticks, but is not compared: the failed source's broadcasts
   * would all look removed, and then added again.
   */
  async poll(): Promise<void> {
    if (!(await this.lock.hold())) return void (this.snapshot = this.baseline = undefined);
    const now = this.service.now().getTime();
    const window = { from: new Date(now - POLL_BEHIND_MS), to: new Date(now + POLL_AHEAD_MS) };
    const merged = await this.service.window(window, { fresh: true });
    const current = new Map(merged.entries.map((e) => [e.id, e]));
    this.snapshot = current;
    if (merged.sources.some((s) => s.state === 'FAILED')) return;
    const baseline = this.baseline;
    this.baseline = { entries: current, to: window.to };
    if (!baseline) return;
    const changes: [ChangeKind, AiringEntry, Date | null][] = [];
    for (const [id, entry] of current) {
      const before = baseline.entries.get(id);
      // A broadcast beyond the last read's horizon is not new, only newly in sight.
      if (!before && entry.airingAt < baseline.to) changes.push(['ADDED', entry, null]);
      else if (!before) continue;
      else if (entry.delayed && (!before.delayed || entry.delayedUntil?.getTime() !== before.delayedUntil?.getTime()))
        changes.push(['DELAYED', entry, before.airingAt]);
      else if (Math.abs(entry.airingAt.getTime() - before.airingAt.getTime()) > MOVED_MS)
        changes.push(['RESCHEDULED', entry, before.airingAt]);
    }
    for (const [id, before] of baseline.entries) {
      // Gone only while it was still to come (the past leaves the window as time goes by).
      if (!current.has(id) && before.airingAt.getTime() > now) changes.push(['REMOVED', before, null]);
    }
    // A read can outlast the lock: only its holder publishes what the read found.
    if (changes.length && !(await this.lock.hold())) return;
    for (const [kind, entry, previousAiringAt] of changes) await this.changed(kind, entry, previousAiringAt);
  }

  /** Publishes the episodes whose time came since the last tick, and the coming day's. */
  async tick(): Promise<void> {
    if (!this.snapshot || !(await this.lock.hold())) return;
    const now = this.service.now();
    const since = this.lastTick ?? now;
    this.lastTick = now;
    const entries = [...this.snapshot.values()];
    for (const entry of entries.filter((e) => e.airingAt > since && e.airingAt <= now)) {
      await this.publish({ kind: 'AIRED', id: `aired:${entry.id}`, at: now.toISOString(), entry: toJson(entry) });
    }
    const upcoming = entries.filter((e) => e.airingAt > now && e.airingAt.getTime() <= now.getTime() + UPCOMING_MS);
    await this.publish({ kind: 'UPCOMING', id: randomUUID(), at: now.toISOString(), entries: upcoming.map(toJson) });
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.running;
    await this.lock.release();
  }

  private changed(change: ChangeKind, entry: AiringEntry, previousAiringAt: Date | null): Promise<void> {
    const at = this.service.now().toISOString();
    return this.publish({
      kind: 'CHANGED',
      id: `${change}:${entry.id}:${at}`,
      at,
      change,
      entry: toJson(entry),
      previousAiringAt: previousAiringAt?.toISOString() ?? null,
    });
  }

  private publish(event: ScheduleEvent): Promise<void> {
    return this.events.publish(event);
  }

  /** One poll or tick at a time; a failure is logged and the next one tries again. */
  private serially(run: () => Promise<void>): Promise<void> {
    this.running = this.running.then(run).catch((error: unknown) => this.log.warn({ err: error }, 'schedule poll failed'));
    return this.running;
  }
}
