/** The latest request durations, for the status page's percentiles and sparkline (not for Prometheus). */
export class LatencyWindow {
  private readonly samples: number[] = [];

  constructor(private readonly size = 500) {}

  add(ms: number): void {
    this.samples.push(ms);
    if (this.samples.length > this.size) this.samples.shift();
  }

  /** The `count` latest durations, oldest first. */
  latest(count: number): number[] {
    return this.samples.slice(-count);
  }

  /** The p-th percentile (0–100) of the window, null without samples. */
  percentile(p: number): number | null {
    if (!this.samples.length) return null;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? sorted[0];
  }

  get count(): number {
    return this.samples.length;
  }
}
