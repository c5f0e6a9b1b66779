// One index build at a time: a build asked for while another runs waits for it, and a newer request
// replaces one still waiting (a catalog loaded meanwhile makes the older catalog's build pointless).
// A queue that `preempts` also stops the build under way (at its next step): for a build that keeps
// what it has done (the posters' vector cache), so that the newer one goes on from there.

/** A build that a newer catalog's build replaced. */
export class SupersededError extends Error {}

const superseded = () => new SupersededError('a newer catalog was loaded before its vectors were built');

export class BuildQueue {
  private building: Promise<unknown> = Promise.resolve();
  private pending: { supersede: (error: Error) => void } | undefined;
  private running: AbortController | undefined;

  constructor(private readonly options: { preempts?: boolean } = {}) {}

  /**
   * Runs `build` once the builds before it and `after` have settled, unless a newer request replaces
   * it first; its signal fires when a newer request preempts it.
   */
  run<T>(after: Promise<unknown>, build: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.pending?.supersede(superseded());
    if (this.options.preempts) this.running?.abort(superseded());
    return new Promise<T>((resolve, reject) => {
      const request = { supersede: reject };
      this.pending = request;
      this.building = Promise.all([this.building.catch(() => undefined), after.catch(() => undefined)]).then(async () => {
        if (this.pending !== request) return;
        this.pending = undefined;
        const running = (this.running = new AbortController());
        await build(running.signal).then(resolve, reject);
        if (this.running === running) this.running = undefined;
      });
    });
  }

  /** Drops the waiting request and waits for the build under way. */
  async close(reason: string): Promise<void> {
    this.pending?.supersede(new SupersededError(reason));
    await this.building.catch(() => undefined);
  }
}
