// Holds the catalog snapshot being served. A reload builds a complete new snapshot (catalog and
// its search index) beside the old one and swaps it in only when it succeeded.
import type { Logger } from '../../../lib/logger.js';
import { ServiceNotReadyError } from '../../../lib/errors.js';
import type { Catalog } from './catalog.js';
import { loadCatalog, type CatalogFiles } from './load-catalog.js';
import { TitleIndex } from './title-index.js';

export interface CatalogSnapshot {
  catalog: Catalog;
  titles: TitleIndex;
  files: CatalogFiles;
}

export class CatalogStore {
  private current: CatalogSnapshot | undefined;
  private loading: Promise<CatalogSnapshot> | undefined;

  constructor(private readonly log: Logger) {}

  get ready(): boolean {
    return this.current !== undefined;
  }

  /** The snapshot to answer from; fails with SERVICE_NOT_READY until the first load finished. */
  snapshot(): CatalogSnapshot {
    if (!this.current) throw new ServiceNotReadyError('The catalog is still loading; retry in a few seconds.');
    return this.current;
  }

  /**
   * Loads `files` and serves them; on failure the previous snapshot keeps serving and the error is
   * thrown. `onRead` hears of the catalog as soon as it is read, while its title index builds.
   */
  async load(files: CatalogFiles, onRead?: (catalog: Catalog) => void): Promise<CatalogSnapshot> {
    if (this.loading) await this.loading.catch(() => undefined);
    this.loading = this.build(files, onRead);
    try {
      this.current = await this.loading;
      return this.current;
    } finally {
      this.loading = undefined;
    }
  }

  private async build(files: CatalogFiles, onRead?: (catalog: Catalog) => void): Promise<CatalogSnapshot> {
    const started = performance.now();
    try {
      const catalog = await loadCatalog(files);
      onRead?.(catalog);
      const titles = await TitleIndex.build(catalog, { background: this.current !== undefined });
      const rejectedLog = catalog.rejectedCount > 0 ? 'warn' : 'info';
      this.log[rejectedLog](
        {
          path: files.catalogPath,
          animes: catalog.size,
          rejected: catalog.rejectedCount,
          rejections: catalog.rejections.slice(0, 10),
          ms: Math.round(performance.now() - started),
        },
        `catalog loaded: ${catalog.size} anime, ${catalog.rejectedCount} rejected`,
      );
      return { catalog, titles, files };
    } catch (error) {
      this.log.error(
        { path: files.catalogPath, err: error, keptServing: this.current?.files.catalogPath ?? null },
        this.current ? 'catalog reload failed; the previous catalog keeps serving' : 'catalog load failed',
      );
      throw error;
    }
  }
}
