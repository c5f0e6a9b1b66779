// Holds what the catalog subgraph serves: one catalog and the indexes built for it, swapped in as one.
// A new catalog is validated, checked against the served one (shrink-guard.ts) and indexed beside
// the old one, which keeps serving until the new one is complete, and for good when it fails.
import { ServiceNotReadyError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from './catalog.js';
import { loadCatalog, type CatalogFiles } from './load-catalog.js';
import { CatalogRefusedError, guardShrink } from './shrink-guard.js';

export interface Served<I> {
  catalog: Catalog;
  indexes: I;
  /** Where it was read from (a download names its destination file). */
  files: CatalogFiles;
}

export interface Refusal {
  at: Date;
  source: string;
  reason: string;
  entries: number;
  servedEntries: number | null;
}

export interface CatalogStoreOptions<I> {
  log: Logger;
  /** Largest share of the served anime a new catalog may lose (CATALOG_MAX_SHRINK). */
  maxShrink: number;
  /** A catalog file served only until a real one exists (the demo catalog): any catalog may replace it. */
  standIn?: string;
  /** `first`: nothing serves yet, so the indexes may answer before they are complete. */
  buildIndexes(catalog: Catalog, first: boolean): Promise<I>;
  /** The indexes of a catalog no longer served, or of one that never will be. */
  retireIndexes(indexes: I): void;
}

export class CatalogStore<I> {
  private current: Served<I> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly swapListeners: (() => void)[] = [];
  /** The last catalog refused for shrinking, until one is served after it. */
  lastRefusal: Refusal | null = null;

  constructor(private readonly options: CatalogStoreOptions<I>) {}

  get ready(): boolean {
    return this.current !== undefined;
  }

  /** What to answer from; fails with SERVICE_NOT_READY until the first catalog serves. */
  snapshot(): Served<I> {
    if (!this.current) throw new ServiceNotReadyError('The catalog is still loading; retry in a few seconds.');
    return this.current;
  }

  onSwap(listener: () => void): void {
    this.swapListeners.push(listener);
  }

  /** Reads `files` and serves them (see `serve`). */
  load(files: CatalogFiles): Promise<Served<I>> {
    return this.serve(() => loadCatalog(files), { label: files.catalogPath, file: files.catalogPath }, files);
  }

  /**
   * Serves the catalog `read` gives once it passed the shrink guard and its indexes are built; one
   * load at a time. On failure the served catalog stays, and the error is logged and thrown.
   */
  serve(read: () => Promise<Catalog>, source: { label: string; file?: string }, files: CatalogFiles): Promise<Served<I>> {
    const run = this.queue.catch(() => undefined).then(() => this.swapIn(read, source, files));
    this.queue = run;
    return run;
  }

  private async swapIn(read: () => Promise<Catalog>, source: { label: string; file?: string }, files: CatalogFiles): Promise<Served<I>> {
    const { log } = this.options;
    const started = performance.now();
    const previous = this.current;
    try {
      const catalog = await read();
      const served = previous && previous.files.catalogPath !== this.options.standIn ? previous.catalog.size : null;
      await guardShrink(source, catalog.size, served, this.options.maxShrink);
      const indexes = await this.options.buildIndexes(catalog, previous === undefined);
      this.current = { catalog, indexes, files };
      this.lastRefusal = null;
      if (previous) this.options.retireIndexes(previous.indexes);
      for (const listener of this.swapListeners) listener();
      log[catalog.rejectedCount > 0 ? 'warn' : 'info'](
        {
          path: source.label,
          animes: catalog.size,
          rejected: catalog.rejectedCount,
          rejections: catalog.rejections.slice(0, 10),
          ms: Math.round(performance.now() - started),
        },
        `catalog loaded: ${catalog.size} anime, ${catalog.rejectedCount} rejected`,
      );
      return this.current;
    } catch (error) {
      if (error instanceof CatalogRefusedError) {
        const { entries, servedEntries, message } = error;
        this.lastRefusal = { at: new Date(), source: source.label, reason: message, entries, servedEntries };
      }
      log.error(
        { path: source.label, err: error, keptServing: previous?.files.catalogPath ?? null },
        previous ? 'catalog reload failed; the previous catalog keeps serving' : 'catalog load failed',
      );
      throw error;
    }
  }
}
