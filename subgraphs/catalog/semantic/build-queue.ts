// One index build at a time: a build asked for while another runs waits for it, and a newer request
// replaces one still waiting (a catalog loaded meanwhile makes the older catalog's build pointless).

/** A build that a newer catalog's build replaced before it started. */
export class SupersededError extends Error {}

export class BuildQueue {
  private building: Promise<unknown> = Promise.resolve();
  private pending: { supersede: (error: Error) => void } | undefined;

  /** Runs `build` once the builds before it and `after` have settled, unless a newer request replaces it first. */
  run<T>(after: Promise<unknown>, build: () => Promise<T>): Promise<T> {
    this.pending?.supersede(new SupersededError('a newer catalog was loaded before its vectors were built'));
    return new Promise<T>((resolve, reject) => {
      const request = { supersede: reject };
      this.pending = request;
      this.building = Promise.all([this.building.catch(() => undefined), after.catch(() => undefined)]).then(async () => {
        if (this.pending !== request) return;
        this.pending = undefined;
        await build().then(resolve, reject);
      });
    });
  }

  /** Drops the waiting request and waits for the build under way. */
  async close(reason: string): Promise<void> {
    this.pending?.supersede(new SupersededError(reason));
    await this.building.catch(() => undefined);
  }
}
